// Progress of `readout ingest` on a terminal: articles committed, rate, and an ETA when the total is known.
export interface IngestProgress {
  committed(n: number): void;
  done(): void;
}

export function ingestProgress(total: number | null, stderr: NodeJS.WriteStream = process.stderr): IngestProgress {
  const on = stderr.isTTY === true;
  const t0 = Date.now();
  let shown = false;
  return {
    committed(n) {
      if (!on) return;
      const secs = Math.max(0.001, (Date.now() - t0) / 1000);
      const rate = n / secs;
      let line = `\r${n}${total !== null ? `/${total}` : ''} articles stored (${rate.toFixed(0)}/s)`;
      if (total !== null && rate > 0 && n < total) line += `, ETA ${Math.ceil((total - n) / rate)} s`;
      stderr.write(`${line}   `);
      shown = true;
    },
    done() {
      if (on && shown) stderr.write('\n');
    },
  };
}
