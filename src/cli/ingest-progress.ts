// Progress of `readout ingest` on a terminal: articles committed, rate, and an ETA when the total is known.
export interface IngestProgress {
  committed(n: number): void;
  done(): void;
}

/** On a terminal one updating line; with `lines` (--progress) one line per commit, also when not a terminal. */
export function ingestProgress(total: number | null, lines = false, stderr: NodeJS.WriteStream = process.stderr): IngestProgress {
  const tty = stderr.isTTY === true;
  const on = tty || lines;
  const t0 = Date.now();
  let shown = false;
  return {
    committed(n) {
      if (!on) return;
      const secs = Math.max(0.001, (Date.now() - t0) / 1000);
      const rate = n / secs;
      let line = `${tty ? '\r' : ''}${n}${total !== null ? `/${total}` : ''} articles committed (${rate.toFixed(0)}/s)`;
      if (total !== null && rate > 0 && n < total) line += `, ETA ${Math.ceil((total - n) / rate)} s`;
      stderr.write(tty ? `${line}   ` : `${line}\n`);
      shown = true;
    },
    done() {
      if (tty && shown) stderr.write('\n');
    },
  };
}
