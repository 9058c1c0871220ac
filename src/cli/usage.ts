// Every command's usage text, once: `readout help` lists the synopses, `readout CMD --help` shows one command's
// synopsis with its options. (The eval options live with the eval command, src/eval/cli.ts.)
import { EVAL_USAGE } from '../eval/cli.js';
import { FILTER_USAGE } from './store-options.js';
import { STORY_FILTER_USAGE } from './stories.js';

export interface CommandUsage {
  /** the command's line(s) in the overview */
  synopsis: string;
  /** its options, shown by `readout CMD --help` below the synopsis */
  options: string;
}

const INPUT_HELP = `input options:
  --published YYYY-MM-DD    publication date for every input (overrides the files)
  --outlet NAME             outlet for every input
  --lexicon FILE            an extra lexicon file (repeatable; see docs/lexicons.md)

PATH is a file, a folder (read recursively; only regular files with a known extension, other entries such as
named pipes and devices are reported and skipped) or - for stdin. A named pipe or device given as PATH itself
is read as a stream, like stdin.
`;

const RETRY_HELP = `  --retries N               with --queue: retries of a job that fails, with backoff from 2 s (default 3)
  --job-timeout S           with --queue: seconds a worker may hold a job before it is given to another
                            (a worker killed mid-job; default 300)
`;

const DB_HELP = `  --db FILE|postgres://…    the store (default $READOUT_DB, else ./readout.db)\n`;

export const USAGES: Record<string, CommandUsage> = {
  code: {
    synopsis: '  readout code [options] PATH...      code articles, events as JSONL on stdout\n',
    options: `  --format jsonl|json|table|csv|gdelt|plover   output format (default jsonl)\n\n${INPUT_HELP}`,
  },
  actors: {
    synopsis: '  readout actors [options] PATH...    show each resolved actor mention and how it was resolved\n',
    options: `  --json                    one JSON object per mention\n\n${INPUT_HELP}`,
  },
  attributions: {
    synopsis: '  readout attributions PATH... [--table]  every reporting frame: source, cue and content spans\n',
    options: `  --table                   one tab-separated line per frame instead of JSONL\n\n${INPUT_HELP}`,
  },
  parse: {
    synopsis: '  readout parse PATH... [--format conllu|table]   UD tokens, POS, dependency tree and entities (CoNLL-U,\n' +
      '                                      entities as NE=B-PER in MISC); --input conllu FILE re-parses given tokens\n',
    options: '  --format conllu|table     output (default conllu)\n' +
      '  --input text|conllu       read articles (default) or re-parse the tokens of CoNLL-U files\n' +
      `  --models DIR              parser models to use instead of the bundled ones\n\n${INPUT_HELP}`,
  },
  demo: {
    synopsis: '  readout demo [--db FILE]            store the bundled example articles (./readout-demo.db) and summarise them\n',
    options: '  --db FILE                 the demo store (default ./readout-demo.db)\n' +
      '  --no-serve                only store and summarise; do not open the explorer\n' +
      '  --host HOST --port N      where the explorer listens (default 127.0.0.1:8080, a free port if busy)\n',
  },
  ingest: {
    synopsis: '  readout ingest [options] PATH...    code articles into the store (--db FILE|postgres://…, default\n' +
      '                                      $READOUT_DB or ./readout.db; --batch N articles per transaction)\n',
    options: `${DB_HELP}  --batch N                 articles per transaction (default 200)\n` +
      '  --progress                one progress line per committed batch, also when stderr is not a terminal\n' +
      '  --queue                   enqueue the articles (one job each) for `readout worker` instead of coding them\n' +
      '                            here; needs a PostgreSQL store; an article already queued is not queued again\n' +
      `${RETRY_HELP}\n${INPUT_HELP}`,
  },
  worker: {
    synopsis: '  readout worker --db postgres://…    code and store the articles queued by ingest --queue (--concurrency N,\n' +
      '                                      --drain); run one per core, on as many machines as you like\n',
    options: `${DB_HELP}  --concurrency N           coding threads in this process (default 1). Coding is CPU-bound: a thread\n` +
      '                            uses one core, so N above the cores gives nothing; several worker processes\n' +
      '                            (or machines) on one queue scale the same way\n' +
      '  --batch N                 jobs fetched, coded and stored per transaction (default 25)\n' +
      '  --drain                   exit once no job is waiting or running (default: wait for more until stopped)\n' +
      '  --progress                one line per stored batch, also when stderr is not a terminal\n' +
      '  --lexicon FILE            an extra lexicon file (repeatable)\n\n' +
      'SIGINT/SIGTERM: the batches in hand are stored and completed, then the worker exits; a second signal quits at\n' +
      'once (its jobs go to another worker when they expire; nothing is stored twice). Exit status 1 when a job\n' +
      'failed in this run (its error: readout queue).\n',
  },
  queue: {
    synopsis: '  readout queue --db postgres://…     the job queue: counts (queued, active, done, failed) and failed jobs\n' +
      '                                      with their errors; --retry-failed queues them again\n',
    options: `${DB_HELP}  --retry-failed            put every failed job back in the queue (one more try each)\n` +
      '  --limit N                 failed jobs listed (default 20)\n' +
      '  --json                    counts and failed jobs as one JSON object\n',
  },
  watch: {
    synopsis: '  readout watch [options] FEEDS...    poll RSS/Atom/JSON feeds (URLs, OPML files, files of URLs) and code and\n' +
      '                                      store each new item\'s article once (see docs/watch.md)\n',
    options: `${DB_HELP}  --once                    one round over the feeds, then exit (for cron and tests)\n` +
      '  --interval SECONDS        time between two polls of one feed (default 900)\n' +
      '  --max-items N             new items taken from one feed per poll (default 100; the rest wait)\n' +
      '  --user-agent S            the User-Agent sent, and matched against robots.txt (default readout/VERSION …)\n' +
      '  --host-delay SECONDS      least time between two requests to one host (default 1)\n' +
      '  --timeout SECONDS         limit for one request, answer included (default 30)\n' +
      '  --max-bytes N             largest feed or page accepted (default 10 MB)\n' +
      '  --published, --outlet, --lexicon   as for ingest (the outlet is otherwise the feed\'s title, else its host)\n' +
      '  --queue                   enqueue new articles for `readout worker` instead of coding them here (PostgreSQL\n' +
      `                            store; the feed state stays in it)\n${RETRY_HELP}`,
  },
  events: {
    synopsis: '  readout events [filters]            stored events (--format, --limit N, --cursor C from the last page, --all)\n',
    options: `${DB_HELP}  --format jsonl|json|table|csv|gdelt|plover   (default jsonl)\n` +
      '  --limit N                 events per page (default 50)\n' +
      '  --cursor C                the next page, as printed on stderr after the last one\n' +
      `  --all                     every matching event, no pages\n\n${FILTER_USAGE}`,
  },
  stories: {
    synopsis: '  readout stories [story filters]     stories: articles telling one episode across outlets and days, newest\n' +
      '                                      first (--format table|jsonl, --limit N, --cursor C)\n',
    options: `${DB_HELP}  --format table|jsonl      (default table; jsonl: one story per line)\n` +
      '  --limit N                 stories per page (default 50)\n' +
      `  --cursor C                the next page, as printed on stderr after the last one\n\n${STORY_FILTER_USAGE}`,
  },
  stats: {
    synopsis: '  readout stats [filters]             --by dyad|event|quad --interval day|week|month|year, or --top actors|dyads\n',
    options: `${DB_HELP}  --by dyad|event|quad      what to count per period (default dyad)\n` +
      '  --interval day|week|month|year   the period (default month)\n' +
      '  --top actors|dyads        the most frequent actors or dyads instead\n' +
      '  --limit N                 rows of --top (default 10)\n' +
      `  --format table|csv|json   (default table)\n\n${FILTER_USAGE}`,
  },
  export: {
    synopsis: '  readout export [filters]            every matching event: --format csv|jsonl|gdelt|plover [--out FILE]\n' +
      '  readout export --table mentions     the event-mentions table (merged event, event, article, outlet, status, story)\n',
    options: `${DB_HELP}  --format csv|jsonl|gdelt|plover|json   (default jsonl; the mentions table: csv|jsonl|json)\n` +
      '  --table events|mentions   what to export (default events; mentions takes no filters)\n' +
      '  --out FILE                write to FILE (complete or not at all: written beside it, then renamed; never\n' +
      `                            over the store or another SQLite database) instead of stdout\n\n${FILTER_USAGE}`,
  },
  compare: {
    synopsis: '  readout compare STORY               a story\'s merged events × outlets: fact, source, alleged, denied, — …\n',
    options: `${DB_HELP}  --format table|json       (default table)\n`,
  },
  recode: {
    synopsis: '  readout recode                      re-code stored articles coded by another coder version\n',
    options: `${DB_HELP}  --batch N                 articles per transaction (default 200)\n` +
      '  --lexicon FILE            an extra lexicon file (repeatable)\n',
  },
  eval: {
    synopsis: '  readout eval GOLD.jsonl [--verbose] score against a gold file (contract section 3)\n',
    options: `${EVAL_USAGE}  --lexicon FILE            an extra lexicon file\n`,
  },
  serve: {
    synopsis: '  readout serve [--db FILE] [--host 127.0.0.1] [--port 8080]\n' +
      '                                      HTTP API and web explorer over a store (read-only\n' +
      '                                      unless READOUT_TOKEN is set; see docs/api.md)\n',
    options: `${DB_HELP}  --host HOST               address to listen on (default 127.0.0.1)\n` +
      '  --port N                  port (default 8080; 0 picks a free one)\n' +
      '  --lexicon FILE            an extra lexicon file (repeatable)\n',
  },
  help: {
    synopsis: '  readout help [COMMAND]              this overview, or one command\'s options (also: readout COMMAND --help)\n',
    options: '',
  },
  version: {
    synopsis: '  readout version                     readout\'s and the coder\'s version (also: readout --version)\n',
    options: '',
  },
};

/** `readout help`: every command's synopsis and the options they share. */
export function overview(): string {
  return 'readout: sourced PLOVER/CAMEO events from news text\n\nusage:\n' +
    Object.values(USAGES).map((u) => u.synopsis).join('') +
    `\n${INPUT_HELP}\n${FILTER_USAGE}`;
}

/** `readout CMD --help`: the command's synopsis and its options. */
export function commandHelp(name: string): string {
  const u = USAGES[name]!;
  return `usage:\n${u.synopsis}${u.options ? `\n${u.options}` : ''}`;
}
