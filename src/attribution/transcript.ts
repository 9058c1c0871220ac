// Attribution by layout rather than by a verb: a speaker's name before a colon at the start of a line ("PENCE: Well,
// look …", a headline "Poll: Voters …"), and a name after a dash that closes a quotation ("… our greatest shame." ―
// Ana Ruiz). The name is the source, the colon or the dash the cue.

export interface LayoutCue {
  source: { start: number; end: number };
  cue: { start: number; end: number };
}

/** A capitalised name of one to four words ("PENCE", "Ana Ruiz", "Rep. John Doe"). */
const NAME = String.raw`[A-Z][\p{L}.'’-]*(?:[ \u00a0][A-Z][\p{L}.'’-]*){0,3}`;
/** "NAME: text" at the start of a line, after an optional opening quote */
const COLON = new RegExp(String.raw`(^|\n)[ \t]*["“]?(${NAME}):[ \u00a0\t]+(?=[\p{L}\p{N}"“‘'(])`, 'gu');
/** a closing quote, a dash, then a name that ends the line, the sentence or runs into the next quotation */
const DASH = new RegExp(String.raw`[”"][ \u00a0]*([―—])[ \u00a0]*(${NAME})(?=[ \u00a0]*(?:$|\n|[.“"]))`, 'gu');

export function layoutCues(text: string): LayoutCue[] {
  const out: LayoutCue[] = [];
  for (const m of text.matchAll(COLON)) {
    const name = m[2]!;
    // (a label is a name, not a description: "The Latest: …")
    if (/^(?:The|A|An)\s/.test(name)) continue;
    const start = m.index! + m[0].indexOf(name, m[1]!.length);
    const end = start + name.length;
    out.push({ source: { start, end }, cue: { start: end, end: end + 1 } });
  }
  for (const m of text.matchAll(DASH)) {
    const dash = m.index! + m[0].indexOf(m[1]!);
    const start = m.index! + m[0].lastIndexOf(m[2]!);
    // (the full stop after a name is the sentence's, not an initial's: "― Ana Ruiz." but "― John Q.")
    const name = /[\p{L}]{2,}\.$/u.test(m[2]!) ? m[2]!.slice(0, -1) : m[2]!;
    out.push({ source: { start, end: start + name.length }, cue: { start: dash, end: dash + 1 } });
  }
  return out.sort((a, b) => a.cue.start - b.cue.start);
}
