// `readout eval GOLD.jsonl… [--verbose] [--json]`: score the coder against gold files (contract section 3).
// `readout eval --suites NAME,… [--shared DIR] [--json]`: run peers' suites (petrarch-gsr, conflibert, polnear, …).
// The caller (src/cli) passes the real coder and attributor; exit status 0 ok, 2 bad usage or bad gold.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { GoldFileError, readGoldFile, type GoldArticle } from './gold.js';
import { formatReport, scoreGold } from './score.js';
import { metricRowsTable } from './markdown.js';
import { runSuites } from './suites.js';
import { isSkipped, type Attributor, type Coder } from './types.js';

export interface EvalDeps {
  coder: Coder;
  attributor: Attributor;
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
}

export const EVAL_USAGE =
  'usage: readout eval GOLD.jsonl… [--verbose] [--json]\n' +
  '       readout eval --suites NAME,… [--shared DIR] [--json]   (suites: gold-seed, gold-readout, petrarch-gsr, petrarch-unit, plover-gsr, conflibert, polnear, case2021)\n';

export async function evalCommand(args: string[], deps: EvalDeps): Promise<number> {
  const out = deps.stdout ?? ((s: string) => void process.stdout.write(s));
  const err = deps.stderr ?? ((s: string) => void process.stderr.write(s));
  const files: string[] = [];
  let verbose = false;
  let json = false;
  let suites: string[] | null = null;
  let shared: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--verbose' || a === '-v') verbose = true;
    else if (a === '--json') json = true;
    else if (a === '--suites' || a === '--shared') {
      const v = args[++i];
      if (v === undefined) {
        err(`readout eval: ${a} needs a value\n${EVAL_USAGE}`);
        return 2;
      }
      if (a === '--suites') suites = v.split(',').filter(Boolean);
      else shared = v;
    } else if (a === '--help' || a === '-h') {
      out(EVAL_USAGE);
      return 0;
    } else if (a.startsWith('-')) {
      err(`readout eval: unknown option ${a}\n${EVAL_USAGE}`);
      return 2;
    } else files.push(a);
  }
  if (suites) {
    const dir = shared ?? [resolve('../shared'), resolve('../../shared')].find((p) => existsSync(p)) ?? resolve('../shared');
    const outcomes = runSuites({ shared: dir, ownGold: resolve('test/gold/readout.gold.jsonl'), heldoutGold: resolve('test/gold/heldout.gold.jsonl'), blindGold: resolve('test/gold/blind.gold.jsonl'), blind3Gold: resolve('test/gold/blind3.gold.jsonl'), coder: deps.coder, attributor: deps.attributor, only: suites });
    if (outcomes.length === 0) {
      err(`readout eval: no suite matches ${suites.join(',')}\n${EVAL_USAGE}`);
      return 2;
    }
    if (json) out(JSON.stringify(outcomes, null, 2) + '\n');
    else
      for (const o of outcomes) {
        if (isSkipped(o)) out(`${o.title}: skipped (${o.skipped})\n`);
        else out(`${o.title}\n${metricRowsTable(o.rows).join('\n')}\n${o.notes.map((n) => `- ${n}\n`).join('')}\n`);
      }
    if (files.length === 0) return 0;
  }
  if (files.length === 0) {
    err(`readout eval: give a gold file\n${EVAL_USAGE}`);
    return 2;
  }
  const gold: GoldArticle[] = [];
  let bad = false;
  for (const f of files) {
    try {
      gold.push(...readGoldFile(f));
    } catch (e) {
      bad = true;
      err(e instanceof GoldFileError ? `${e.message}\n` : `${f}: ${(e as Error).message}\n`);
    }
  }
  if (bad) return 2;
  const report = scoreGold(gold, deps.coder);
  out(json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report, { verbose }));
  return 0;
}
