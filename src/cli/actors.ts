// readout actors: every resolved actor mention, with how it was resolved — the view for "why is this code wrong?".
import { analyse } from '../pipeline.js';
import { flag, parseArgs } from './args.js';
import { INPUT_OPTIONS, lexiconsFor, openInputs } from './common.js';

export async function actorsCommand(argv: string[]): Promise<number> {
  const p = parseArgs(argv, { ...INPUT_OPTIONS, json: 'boolean' });
  const lex = lexiconsFor(p);
  const { articles, errors } = openInputs(p);
  const json = flag(p, 'json');
  for await (const a of articles) {
    const doc = analyse(a, lex);
    if (!json) process.stdout.write(`# ${a.id}${a.published ? ` (${a.published})` : ''}: ${doc.mentions.length} mentions\n`);
    for (const m of doc.mentions) {
      if (json) {
        process.stdout.write(JSON.stringify({ article: a.id, text: m.text, start: m.start, end: m.end, sentence: m.sent, name: m.name, country: m.country, sector: m.sector, kind: m.kind, how: m.how }) + '\n');
      } else {
        const code = `${m.country ?? '---'}${m.sector ? '/' + m.sector : ''}`;
        process.stdout.write(`${String(m.start).padStart(6)}-${String(m.end).padEnd(6)} ${code.padEnd(8)} ${m.how.padEnd(12)} ${m.text}${m.name && m.name !== m.text ? ` => ${m.name}` : ''}\n`);
      }
    }
  }
  return errors.length > 0 ? 1 : 0;
}
