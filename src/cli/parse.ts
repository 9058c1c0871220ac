// readout parse: the window onto the parse stage. CoNLL-U (entities in MISC as NE=B-PER, offsets as
// TokenRange=start:end) or a table for people; --input conllu re-tags and re-parses given tokens.
import { readFileSync } from 'node:fs';
import { createSegmenter } from '../segment/index.js';
import { analyseSentence, loadParseModels, parseText, type ParseModels, type Syntax } from '../parse/index.js';
import { parseConllu, setMisc, spaceAfter, writeConllu, type ConlluSentence } from '../parse/conllu.js';
import { parseArgs, str, UsageError } from './args.js';
import { INPUT_OPTIONS, openInputs, progress } from './common.js';

const OPTIONS = { ...INPUT_OPTIONS, format: 'string', input: 'string', models: 'string' } as const;

export async function parseCommand(argv: string[]): Promise<number> {
  const p = parseArgs(argv, OPTIONS);
  const format = str(p, 'format') ?? 'conllu';
  if (format !== 'conllu' && format !== 'table') throw new UsageError(`--format must be conllu or table, not '${format}'`);
  const input = str(p, 'input') ?? 'text';
  if (input !== 'text' && input !== 'conllu') throw new UsageError(`--input must be text or conllu, not '${input}'`);
  const dir = str(p, 'models');
  const models = dir ? loadParseModels(dir) : loadParseModels();
  if (input === 'conllu') return reparse(models, p.positional, format);
  const segment = createSegmenter();
  const { articles, errors } = openInputs(p);
  const bar = progress();
  let n = 0;
  for await (const a of articles) {
    const syntax = parseText(models, a.text, segment(a.text).sentences);
    process.stdout.write(format === 'table' ? table(a.id, syntax) : conllu(a.id, syntax));
    bar.tick(++n, 'articles');
  }
  bar.done();
  return errors.length > 0 ? 1 : 0;
}

function conllu(docId: string, s: Syntax): string {
  const out: ConlluSentence[] = s.sentences.map((sent) => {
    const toks = s.tokens.slice(sent.first, sent.last);
    let text = '';
    toks.forEach((t, k) => {
      text += t.text;
      if (k + 1 < toks.length && toks[k + 1]!.start > t.end) text += ' ';
    });
    return {
      comments: sent.index === 0 ? [`# newdoc id = ${docId}`] : [],
      sentId: `${docId}-${sent.index + 1}`,
      text,
      tokens: toks.map((t, k) => {
        let misc = setMisc('_', 'NE', t.ne === 'O' ? null : t.ne);
        // the next token may open the next sentence: SpaceAfter describes the text, not the sentence
        const next = s.tokens[sent.first + k + 1];
        if (next && next.start === t.end) misc = setMisc(misc, 'SpaceAfter', 'No');
        misc = setMisc(misc, 'TokenRange', `${t.start}:${t.end}`);
        return {
          id: k + 1, form: t.text.replace(/\s/g, '_'), lemma: '_', upos: t.upos, xpos: t.xpos, feats: '_',
          head: t.head < 0 ? 0 : t.head - sent.first + 1, deprel: t.deprel, deps: '_', misc,
        };
      }),
    };
  });
  return writeConllu(out);
}

function table(docId: string, s: Syntax): string {
  const lines: string[] = [`# ${docId}: ${s.sentences.length} sentences, ${s.tokens.length} tokens, ${s.entities.length} entities`];
  for (const sent of s.sentences) {
    lines.push('', `## sentence ${sent.index + 1}`);
    for (let i = sent.first; i < sent.last; i++) {
      const t = s.tokens[i]!;
      const head = t.head < 0 ? 'ROOT' : `${t.head - sent.first + 1} ${s.tokens[t.head]!.text}`;
      lines.push(`${String(i - sent.first + 1).padStart(3)} ${t.text.padEnd(18)} ${t.upos.padEnd(6)} ${t.xpos.padEnd(5)} ${t.deprel.padEnd(12)} ${head.padEnd(22)} ${t.ne === 'O' ? '' : t.ne}`);
    }
    const ents = s.entities.filter((e) => e.sent === sent.index);
    if (ents.length > 0) lines.push(`    entities: ${ents.map((e) => `${e.text} [${e.type}]`).join(', ')}`);
  }
  return lines.join('\n') + '\n';
}

/** Re-tag and re-parse the tokens of CoNLL-U files: only FORM and MISC's SpaceAfter are read. */
function reparse(models: ParseModels, paths: string[], format: string): number {
  if (paths.length === 0) throw new UsageError('--input conllu needs one or more .conllu files (or - for stdin)');
  for (const path of paths) {
    let sents: ConlluSentence[];
    try {
      sents = parseConllu(readFileSync(path === '-' ? 0 : path, 'utf8'), path === '-' ? '<stdin>' : path);
    } catch (e) {
      process.stderr.write(`readout parse: ${(e as Error).message}\n`);
      return 1;
    }
    const out: ConlluSentence[] = sents.map((s) => {
      const forms = s.tokens.map((t) => t.form);
      const a = analyseSentence(models, forms);
      return {
        comments: s.comments.filter((c) => !/^#\s*(sent_id|text)\s*=/.test(c)), sentId: s.sentId, text: s.text,
        tokens: s.tokens.map((t, k) => ({
          id: k + 1, form: t.form, lemma: '_', upos: a.upos[k]!, xpos: a.xpos[k]!, feats: '_',
          head: a.heads[k]! + 1, deprel: a.deprels[k]!, deps: '_',
          misc: setMisc(setMisc('_', 'SpaceAfter', spaceAfter(t.misc) ? null : 'No'), 'NE', a.ne[k] === 'O' ? null : a.ne[k]!),
        })),
      };
    });
    if (format === 'table') {
      for (const s of out) process.stdout.write(s.tokens.map((t) => `${t.id}\t${t.form}\t${t.upos}\t${t.head}\t${t.deprel}\t${t.misc}`).join('\n') + '\n\n');
    } else process.stdout.write(writeConllu(out));
  }
  return 0;
}
