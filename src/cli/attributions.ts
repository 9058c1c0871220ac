// readout attributions: every reporting frame (who says what) with source, cue and content, as JSONL or a table.
import { attributionsOf } from '../attribution/view.js';
import { analyse } from '../pipeline.js';
import { flag, parseArgs } from './args.js';
import { INPUT_OPTIONS, lexiconsFor, openInputs } from './common.js';

export async function attributionsCommand(argv: string[]): Promise<number> {
  const p = parseArgs(argv, { ...INPUT_OPTIONS, table: 'boolean' });
  const lex = lexiconsFor(p);
  const { articles, errors } = openInputs(p);
  const table = flag(p, 'table');
  for await (const a of articles) {
    for (const at of attributionsOf(analyse(a, lex, { parseAll: true }), lex.rules.reporting, lex.rules.words)) {
      if (table) {
        const who = at.source ? `${at.source.text}${at.source.country ? ` (${at.source.country})` : ''}` : '(no source)';
        process.stdout.write(`${a.id}\t${at.sentence}\t${who}\t${at.cue.text}\t${(at.content?.text ?? '').slice(0, 80)}\n`);
      } else {
        process.stdout.write(JSON.stringify({ article: a.id, ...at }) + '\n');
      }
    }
  }
  return errors.length > 0 ? 1 : 0;
}
