#!/usr/bin/env node
import { main } from '../dist/src/cli/main.js';
import { ioReason } from '../dist/src/cli/failure.js';
import { maskUrlsIn } from '../dist/src/output/mask.js';

// `readout events --all | head`: a closed pipe ends the command quietly; any other failure to write standard
// output (a full disk under `> file`) is one line, not a stack trace
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`readout: cannot write standard output: ${ioReason(err)}\n`);
  process.exit(1);
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write(`readout: ${maskUrlsIn(err instanceof Error ? err.message : String(err))}\n`);
    process.exitCode = 2;
  },
);
