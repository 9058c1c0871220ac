#!/usr/bin/env node
import { main } from '../dist/src/cli/main.js';

// `readout events --all | head`: a closed pipe ends the command quietly
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write(`readout: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
