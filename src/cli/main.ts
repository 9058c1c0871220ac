// readout's command line: dispatches to one module per command.
const USAGE = `readout: sourced PLOVER/CAMEO events from news text

usage:
  readout code [options] PATH...      code articles, events as JSONL on stdout
  readout actors [options] PATH...    show each resolved actor mention
  readout demo                        code the bundled example articles and summarise them
  readout help

PATH is a file, a folder (read recursively) or - for stdin.
`;

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return 0;
    default:
      process.stderr.write(`readout: unknown command '${cmd}'\n\n${USAGE}`);
      void rest;
      return 2;
  }
}
