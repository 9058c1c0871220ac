// readout's command line: dispatches to one module per command.
import { UsageError } from './args.js';
import { codeCommand } from './code.js';
import { actorsCommand } from './actors.js';
import { demoCommand } from './demo.js';
import { evalCliCommand } from './eval.js';
import { attributionsCommand } from './attributions.js';
import { ingestCommand } from './ingest.js';
import { eventsCommand } from './events.js';
import { statsCommand } from './stats.js';
import { exportCommand } from './export.js';
import { recodeCommand } from './recode.js';
import { FILTER_USAGE } from './store-options.js';
import { serveCommand } from './serve.js';
import { parseCommand } from './parse.js';
const USAGE = `readout: sourced PLOVER/CAMEO events from news text

usage:
  readout code [options] PATH...      code articles, events as JSONL on stdout
  readout actors [options] PATH...    show each resolved actor mention and how it was resolved
  readout attributions PATH... [--table]  every reporting frame: source, cue and content spans
  readout parse PATH... [--format conllu|table]   UD tokens, POS, dependency tree and entities (CoNLL-U,
                                      entities as NE=B-PER in MISC); --input conllu FILE re-parses given tokens
  readout demo [--db FILE]            store the bundled example articles (./readout-demo.db) and summarise them
  readout ingest [options] PATH...    code articles into the store (--db FILE|postgres://…, default
                                      $READOUT_DB or ./readout.db; --batch N articles per transaction)
  readout events [filters]            stored events (--format, --limit N, --cursor C from the last page, --all)
  readout stats [filters]             --by dyad|event|quad --interval day|week|month|year, or --top actors|dyads
  readout export [filters]            every matching event: --format csv|jsonl|gdelt|plover [--out FILE]
  readout recode                      re-code stored articles coded by another coder version
  readout eval GOLD.jsonl [--verbose] score against a gold file (contract section 3)
  readout serve [--db FILE] [--host 127.0.0.1] [--port 8080]
                                      HTTP API and web explorer over a store (read-only
                                      unless READOUT_TOKEN is set; see docs/api.md)
  readout help

options:
  --format jsonl|json|table|csv|gdelt|plover   output format of 'code' (default jsonl)
  --published YYYY-MM-DD    publication date for every input (overrides the files)
  --outlet NAME             outlet for every input
  --lexicon FILE            an extra lexicon file (repeatable; see docs/lexicons.md)
  --json                    'actors': one JSON object per mention

PATH is a file, a folder (read recursively) or - for stdin.

${FILTER_USAGE}`;

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return 0;
  }
  const run = COMMANDS[cmd];
  if (!run) {
    process.stderr.write(`readout: unknown command '${cmd}'\n\n${USAGE}`);
    return 2;
  }
  try {
    return await run(rest);
  } catch (err) {
    if (err instanceof UsageError || err instanceof RangeError) {
      process.stderr.write(`readout ${cmd}: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

const COMMANDS: Record<string, (argv: string[]) => Promise<number>> = {
  code: codeCommand,
  actors: actorsCommand,
  demo: demoCommand,
  eval: evalCliCommand,
  attributions: attributionsCommand,
  ingest: ingestCommand,
  events: eventsCommand,
  stats: statsCommand,
  export: exportCommand,
  recode: recodeCommand,
  serve: serveCommand,
  parse: parseCommand,
};
