// A private PostgreSQL cluster for the restart checks: its own data folder and a free loopback port, started and
// stopped by the test (never the shared server). As root, PostgreSQL's programs run as the postgres user.
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Cluster {
  url: string;
  /** start the server (no-op when it runs) */
  start(): void;
  /** stop it, ending every session (no-op when it is stopped) */
  stop(): void;
  destroy(): void;
}

function pgBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl'))).sort((x, y) => Number(y) - Number(x));
  return versions.length ? join(root, versions[0]!, 'bin') : null;
}

/** A free port on 127.0.0.1 (asked of the kernel, then released for PostgreSQL to take). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** A cluster initialised and started, or why it cannot be (the message a skipped test shows). */
export async function privateCluster(): Promise<Cluster | string> {
  const bin = pgBin();
  if (!bin) return 'skipped: no PostgreSQL binaries (/usr/lib/postgresql/*/bin/pg_ctl)';
  let runAs: string[] = [];
  let uid: number | null = null;
  if (process.getuid?.() === 0) {
    const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    if (id.status !== 0) return 'skipped: running as root and there is no postgres user to run PostgreSQL as';
    uid = Number(id.stdout.trim());
    runAs = ['runuser', '-u', 'postgres', '--'];
  }
  const data = mkdtempSync(join(tmpdir(), 'readout-pgcluster-'));
  if (uid !== null) chownSync(data, uid, -1);
  const attempt = (prog: string, args: string[]) => {
    const [cmd, ...rest] = [...runAs, join(bin, prog), ...args];
    return spawnSync(cmd!, rest, { encoding: 'utf8', timeout: 120_000 });
  };
  const run = (prog: string, args: string[]) => {
    const r = attempt(prog, args);
    if (r.status !== 0) throw new Error(`${prog} ${args.join(' ')} failed: ${r.stderr || r.stdout || r.error?.message}`);
  };
  try {
    run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync']);
  } catch (err) {
    rmSync(data, { recursive: true, force: true });
    return `skipped: cannot create a private PostgreSQL cluster (${(err as Error).message.split('\n')[0]})`;
  }
  const port = await freePort();
  let running = false;
  const cluster: Cluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: () => {
      if (running) return;
      running = true;
      run('pg_ctl', ['-D', data, '-o', `-p ${port} -k ${data} -c listen_addresses=127.0.0.1 -c fsync=off`, '-l', join(data, 'server.log'), '-w', 'start']);
    },
    stop: () => {
      if (!running) return;
      running = false;
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    },
    destroy: () => {
      attempt('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']); // (already stopped: nothing to do)
      rmSync(data, { recursive: true, force: true });
    },
  };
  cluster.start();
  return cluster;
}
