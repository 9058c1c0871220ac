// readout code: articles in, contract events out (JSONL by default).
import { createWriter, isOutputFormat, OUTPUT_FORMATS } from '../output/index.js';
import { codeArticle } from '../pipeline.js';
import { parseArgs, str, UsageError } from './args.js';
import { INPUT_OPTIONS, lexiconsFor, openInputs, progress } from './common.js';

export async function codeCommand(argv: string[]): Promise<number> {
  const p = parseArgs(argv, { ...INPUT_OPTIONS, format: 'string' });
  const format = str(p, 'format') ?? 'jsonl';
  if (!isOutputFormat(format)) throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(', ')}; got '${format}'`);
  const lex = lexiconsFor(p);
  const { articles, errors } = openInputs(p);
  const writer = createWriter(format, { color: process.stdout.isTTY === true });
  const out = process.stdout;
  const prog = progress();
  let n = 0;
  out.write(writer.header?.() ?? '');
  for await (const a of articles) {
    let chunk = '';
    for (const e of codeArticle(a, lex)) chunk += writer.write(e);
    if (chunk && !out.write(chunk)) await new Promise((r) => out.once('drain', r));
    prog.tick(++n, 'articles');
  }
  out.write(writer.footer?.() ?? '');
  prog.done();
  return errors.length > 0 ? 1 : 0;
}
