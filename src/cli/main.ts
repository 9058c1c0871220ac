// readout's command line: dispatches to one module per command; --help, -h and --version answered for every one.
import { HelpRequest, parseArgs, UsageError, VersionRequest } from './args.js';
import { codeCommand } from './code.js';
import { actorsCommand } from './actors.js';
import { demoCommand } from './demo.js';
import { evalCliCommand } from './eval.js';
import { attributionsCommand } from './attributions.js';
import { ingestCommand } from './ingest.js';
import { eventsCommand } from './events.js';
import { storiesCommand } from './stories.js';
import { statsCommand } from './stats.js';
import { exportCommand } from './export.js';
import { compareCommand } from './compare.js';
import { recodeCommand } from './recode.js';
import { serveCommand } from './serve.js';
import { parseCommand } from './parse.js';
import { workerCommand } from './worker.js';
import { queueCommand } from './queue.js';
import { watchCommand } from './watch.js';
import { commandHelp, overview, USAGES } from './usage.js';
import { versionText } from './version.js';
import { Failure } from './failure.js';
import { maskUrlsIn } from '../output/mask.js';

/** Where main itself writes (usage, version, usage errors); the commands write to the process's streams. */
export interface MainIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

export async function main(argv: string[], io: MainIo = process): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case undefined:
    case '--help':
    case '-h':
      io.stdout.write(overview());
      return 0;
    case '--version':
      io.stdout.write(versionText());
      return 0;
  }
  const answer = ANSWERS[cmd];
  const run = answer ? async (args: string[]) => { io.stdout.write(answer(args)); return 0; } : COMMANDS[cmd];
  if (!run) {
    io.stderr.write(`readout: unknown command '${cmd}'\n\n${overview()}`);
    return 2;
  }
  try {
    return await run(rest);
  } catch (err) {
    if (err instanceof HelpRequest) {
      io.stdout.write(commandHelp(cmd));
      return 0;
    }
    if (err instanceof VersionRequest) {
      io.stdout.write(versionText());
      return 0;
    }
    if (err instanceof UsageError || err instanceof RangeError) {
      io.stderr.write(`readout ${cmd}: ${maskUrlsIn(err.message)}\n`);
      return 2;
    }
    if (err instanceof Failure) {
      io.stderr.write(`readout ${cmd}: ${maskUrlsIn(err.message)}\n`);
      return 1;
    }
    throw err;
  }
}

/** `readout help [COMMAND]`: the overview, or one command's usage. */
function helpText(argv: string[]): string {
  const [name, extra] = parseArgs(argv, {}).positional;
  if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}'`);
  if (name === undefined) return overview();
  if (!USAGES[name]) throw new UsageError(`no command '${name}' (readout help lists them)`);
  return commandHelp(name);
}

function versionOnly(argv: string[]): string {
  const [extra] = parseArgs(argv, {}).positional;
  if (extra !== undefined) throw new UsageError(`unexpected argument '${extra}'`);
  return versionText();
}

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  code: codeCommand,
  actors: actorsCommand,
  demo: demoCommand,
  eval: evalCliCommand,
  attributions: attributionsCommand,
  ingest: ingestCommand,
  events: eventsCommand,
  stories: storiesCommand,
  stats: statsCommand,
  export: exportCommand,
  compare: compareCommand,
  recode: recodeCommand,
  serve: serveCommand,
  parse: parseCommand,
  worker: workerCommand,
  queue: queueCommand,
  watch: watchCommand,
};

/** The commands that only answer with a text. */
const ANSWERS: Record<string, (argv: string[]) => string> = { help: helpText, version: versionOnly };
