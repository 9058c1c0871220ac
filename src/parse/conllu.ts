// CoNLL-U reading and writing, and readers for the IOB2 NER files used to train the tagger stage.
//
// parseConllu keeps only the basic syntactic words (integer IDs): multiword-token range lines ("19-20") and
// empty nodes ("8.1") are skipped. Comment lines are kept whole (with their leading '#', so writing them back is
// lossless); `text` and `sentId` are lifted out of them for convenience.

export interface ConlluToken {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

export interface ConlluSentence {
  /** Every comment line of the sentence, as written (including the leading '#'). */
  comments: string[];
  /** Value of the `# text = ...` comment, or null. */
  text: string | null;
  /** Value of the `# sent_id = ...` comment, or null. */
  sentId: string | null;
  tokens: ConlluToken[];
}

const INT_RE = /^(?:0|[1-9][0-9]*)$/;

function isInt(s: string): boolean {
  const n = s.length;
  if (n === 0 || n > 9) return n > 9 && INT_RE.test(s);
  const c0 = s.charCodeAt(0);
  if (c0 < 48 || c0 > 57 || (c0 === 48 && n > 1)) return false;
  for (let i = 1; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function fail(origin: string, line: number, message: string): never {
  throw new Error(`${origin}:${line}: ${message}`);
}

/** Splits source into lines without a regex split over the whole file (fast on 14 MB inputs). */
function forEachLine(source: string, fn: (line: string, lineNo: number) => void): void {
  let pos = 0;
  let lineNo = 0;
  const n = source.length;
  if (n > 0 && source.charCodeAt(0) === 0xfeff) pos = 1; // byte-order mark
  while (pos < n) {
    let nl = source.indexOf('\n', pos);
    if (nl < 0) nl = n;
    let endLine = nl;
    if (endLine > pos && source.charCodeAt(endLine - 1) === 13) endLine--; // CRLF
    lineNo++;
    fn(source.slice(pos, endLine), lineNo);
    pos = nl + 1;
  }
}

function commentValue(line: string, key: string): string | null {
  // "# key = value" (UD) with tolerant spacing
  const m = /^#\s*([A-Za-z_][\w.-]*)\s*=\s?(.*)$/.exec(line);
  if (!m || m[1] !== key) return null;
  return m[2]!;
}

/**
 * Parses CoNLL-U text. `origin` (a file name) is used in error messages as `origin:line`.
 * Throws on: wrong column count, non-numeric ID or HEAD, IDs out of sequence, HEAD out of range,
 * empty FORM, a range or empty-node line that is malformed.
 */
export function parseConllu(source: string, origin: string): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence | null = null;
  let headLines: number[] = [];
  let firstLine = 0;

  const finish = (): void => {
    if (!cur) return;
    if (cur.tokens.length === 0) {
      fail(origin, firstLine, 'sentence has comments but no tokens');
    }
    const n = cur.tokens.length;
    for (let i = 0; i < n; i++) {
      const h = cur.tokens[i]!.head;
      if (h > n) fail(origin, headLines[i]!, `HEAD ${h} out of range (sentence has ${n} words)`);
      if (h === i + 1) fail(origin, headLines[i]!, `HEAD ${h} points to the word itself`);
    }
    out.push(cur);
    cur = null;
    headLines = [];
  };

  forEachLine(source, (line, lineNo) => {
    if (line.length === 0 || (line.charCodeAt(0) <= 32 && line.trim().length === 0)) {
      finish();
      return;
    }
    if (!cur) {
      cur = { comments: [], text: null, sentId: null, tokens: [] };
      firstLine = lineNo;
    }
    const c0 = line.charCodeAt(0);
    if (c0 === 35 /* # */) {
      if (cur.tokens.length > 0) fail(origin, lineNo, 'comment line after the first word of a sentence');
      cur.comments.push(line);
      const t = commentValue(line, 'text');
      if (t !== null) cur.text = t;
      const s = commentValue(line, 'sent_id');
      if (s !== null) cur.sentId = s;
      return;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) fail(origin, lineNo, `expected 10 tab-separated columns, found ${cols.length}`);
    const idStr = cols[0]!;
    if (!isInt(idStr)) {
      if (/^[1-9][0-9]*-[1-9][0-9]*$/.test(idStr)) return; // multiword token range
      if (/^(?:0|[1-9][0-9]*)\.[1-9][0-9]*$/.test(idStr)) return; // empty node
      fail(origin, lineNo, `ID: not a number: ${JSON.stringify(idStr)}`);
    }
    const id = Number(idStr);
    if (id !== cur.tokens.length + 1) {
      fail(origin, lineNo, `ID: expected ${cur.tokens.length + 1}, found ${id}`);
    }
    const headStr = cols[6]!;
    let head: number;
    if (isInt(headStr)) head = Number(headStr);
    else if (headStr === '_') head = -1; // unannotated (allowed: e.g. raw tagger output)
    else fail(origin, lineNo, `HEAD: not a number: ${JSON.stringify(headStr)}`);
    const form = cols[1]!;
    if (form.length === 0) fail(origin, lineNo, 'FORM: empty');
    cur.tokens.push({
      id,
      form,
      lemma: cols[2]!,
      upos: cols[3]!,
      xpos: cols[4]!,
      feats: cols[5]!,
      head,
      deprel: cols[7]!,
      deps: cols[8]!,
      misc: cols[9]!,
    });
    headLines.push(lineNo);
  });
  if (cur && (cur as ConlluSentence).tokens.length === 0 && (cur as ConlluSentence).comments.length > 0) {
    // trailing comments with no tokens (e.g. a final "# newdoc" with nothing after): an error too
    fail(origin, firstLine, 'sentence has comments but no tokens');
  }
  finish();
  return out;
}

/**
 * Writes sentences as CoNLL-U. Existing comments are written as they are; `# sent_id` and `# text` are added
 * (after the other comments) when the sentence has a sentId/text but no such comment line, and an existing
 * `# text` / `# sent_id` line is rewritten when it disagrees with the field.
 */
export function writeConllu(sentences: ConlluSentence[]): string {
  const parts: string[] = [];
  for (const s of sentences) {
    let hasText = false;
    let hasId = false;
    for (const c of s.comments) {
      if (commentValue(c, 'text') !== null) {
        hasText = true;
        parts.push(s.text !== null && commentValue(c, 'text') !== s.text ? `# text = ${s.text}` : c);
      } else if (commentValue(c, 'sent_id') !== null) {
        hasId = true;
        parts.push(s.sentId !== null && commentValue(c, 'sent_id') !== s.sentId ? `# sent_id = ${s.sentId}` : c);
      } else {
        parts.push(c);
      }
    }
    if (!hasId && s.sentId !== null) parts.push(`# sent_id = ${s.sentId}`);
    if (!hasText && s.text !== null) parts.push(`# text = ${s.text}`);
    for (const t of s.tokens) {
      parts.push(
        [
          String(t.id),
          t.form,
          t.lemma || '_',
          t.upos || '_',
          t.xpos || '_',
          t.feats || '_',
          t.head < 0 ? '_' : String(t.head),
          t.deprel || '_',
          t.deps || '_',
          t.misc || '_',
        ].join('\t'),
      );
    }
    parts.push('');
  }
  return parts.length ? parts.join('\n') + '\n' : '';
}

/** False when MISC has SpaceAfter=No (the word is glued to the next one); true otherwise. */
export function spaceAfter(misc: string): boolean {
  if (misc === '_' || misc.length === 0) return true;
  for (const kv of misc.split('|')) if (kv === 'SpaceAfter=No') return false;
  return true;
}

/** Value of `key` in MISC (e.g. misc "SpaceAfter=No|NE=B-PER", key "NE" → "B-PER"), or null. */
export function getMisc(misc: string, key: string): string | null {
  if (misc === '_' || misc.length === 0) return null;
  const prefix = key + '=';
  for (const kv of misc.split('|')) if (kv.startsWith(prefix)) return kv.slice(prefix.length);
  return null;
}

/**
 * Sets `key=value` in a MISC column, replacing an existing value for the key and keeping the other entries in
 * their order (a new key goes last). `value === null` removes the key. Returns `_` when nothing is left.
 */
export function setMisc(misc: string, key: string, value: string | null): string {
  const prefix = key + '=';
  const items = misc === '_' || misc.length === 0 ? [] : misc.split('|');
  const out: string[] = [];
  let done = false;
  for (const kv of items) {
    if (kv.startsWith(prefix) || kv === key) {
      if (!done && value !== null) out.push(prefix + value);
      done = true;
    } else {
      out.push(kv);
    }
  }
  if (!done && value !== null) out.push(prefix + value);
  return out.length ? out.join('|') : '_';
}

// ---------------------------------------------------------------------------------------------------------
// IOB readers

export interface IobSentence {
  sentId: string | null;
  forms: string[];
  tags: string[];
}

const TAG_RE = /^(?:O|[BIES]-\S+)$/;

/**
 * Normalises a tag sequence to IOB2: an `I-X` that does not continue an entity of type X (sentence start, after
 * O, or after another type) becomes `B-X` (IOB1 → IOB2). `E-`/`S-` (IOBES) and `L-`/`U-` (BILOU) are mapped to
 * `I-`/`B-`.
 */
export function toIob2(tags: readonly string[]): string[] {
  const out: string[] = new Array(tags.length);
  let prevType: string | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t === 'O') {
      out[i] = 'O';
      prevType = null;
      continue;
    }
    let p = t[0]!;
    const type = t.slice(2);
    if (p === 'E' || p === 'L') p = 'I';
    else if (p === 'S' || p === 'U') p = 'B';
    if (p === 'I' && prevType !== type) p = 'B';
    out[i] = `${p}-${type}`;
    prevType = type;
  }
  return out;
}

/**
 * Reads an NER file into sentences with IOB2 tags.
 * - `uner`: UNER English-EWT (`# sent_id = …`, `# text = …`, then `id<TAB>form<TAB>tag<TAB>…`; blank line ends a sentence).
 * - `wikigold`: `form<SPACE>tag` lines, blank lines between sentences, `-DOCSTART-` lines skipped.
 * - `re3d`: `form<TAB>tag` lines (tags like `B-Organisation`), blank lines between sentences.
 * Throws `origin:line: …` on malformed lines or tags.
 */
export function readIob(source: string, origin: string, format: 'uner' | 'wikigold' | 're3d'): IobSentence[] {
  const out: IobSentence[] = [];
  let cur: IobSentence | null = null;
  const flush = (): void => {
    if (cur && cur.forms.length > 0) {
      cur.tags = toIob2(cur.tags);
      out.push(cur);
    }
    cur = null;
  };
  forEachLine(source, (line, lineNo) => {
    if (line.trim().length === 0) {
      flush();
      return;
    }
    if (!cur) cur = { sentId: null, forms: [], tags: [] };
    let form: string;
    let tag: string;
    if (format === 'uner') {
      if (line.charCodeAt(0) === 35) {
        const s = commentValue(line, 'sent_id');
        if (s !== null) cur.sentId = s;
        return;
      }
      const cols = line.split('\t');
      if (cols.length < 3) fail(origin, lineNo, `expected at least 3 tab-separated columns (id, form, tag), found ${cols.length}`);
      const idStr = cols[0]!;
      if (!INT_RE.test(idStr)) {
        if (/^\d+[-.]\d+$/.test(idStr)) return; // range / empty node, if any
        fail(origin, lineNo, `ID: not a number: ${JSON.stringify(idStr)}`);
      }
      if (Number(idStr) !== cur.forms.length + 1) fail(origin, lineNo, `ID: expected ${cur.forms.length + 1}, found ${idStr}`);
      form = cols[1]!;
      tag = cols[2]!;
    } else if (format === 'wikigold') {
      const sp = line.lastIndexOf(' ');
      if (sp <= 0) fail(origin, lineNo, `expected "form tag", found ${JSON.stringify(line)}`);
      form = line.slice(0, sp);
      tag = line.slice(sp + 1);
      if (form === '-DOCSTART-') {
        // document boundary: not a sentence
        flush();
        return;
      }
    } else {
      const cols = line.split('\t');
      if (cols.length !== 2) fail(origin, lineNo, `expected 2 tab-separated columns (form, tag), found ${cols.length}`);
      form = cols[0]!;
      tag = cols[1]!;
    }
    if (form.length === 0) fail(origin, lineNo, 'form: empty');
    if (!TAG_RE.test(tag)) fail(origin, lineNo, `tag: not an IOB tag: ${JSON.stringify(tag)}`);
    cur.forms.push(form);
    cur.tags.push(tag);
  });
  flush();
  return out;
}
