// Reader for PETRARCH/TABARI actor and agent dictionaries, for users who have them.
// Format (PETRARCH docs, "Dictionary Formats"):
//   actors:  PRIMARY_PHRASE [CODE] [CODE2 restriction] …   default code and/or inline restrictions
//            +SYNONYM_PHRASE                                 synonyms of the entry above
//            <tab>[CODE restriction]                         role lines (indented)
//            restriction: <DATE (before), >DATE (after), DATE-DATE (between, inclusive); DATE = YYYYMMDD or YYMMDD
//   agents:  PHRASE {PLURAL …} [~CODE]   code after the actor code (suffix: GOV in USAGOV)
//            PHRASE [CODE~]              code before the actor code (prefix: NGO~)
//            PHRASE {} [~CODE]           no plural formed;  no braces: regular plural (S / Y→IES / SS→ES)
//            !MARK! = A, B, C            substitution set, used as WORD!MARK! (no plural formed for expansions)
//   comments: # … and ; … to end of line, <!-- … --> on one or several lines.
// Phrases keep their words, with `_` turned into spaces and a trailing `_` (no-plural marker) dropped.

export interface ActorRole {
  code: string;
  /** YYYY-MM-DD, inclusive */
  start?: string;
  /** YYYY-MM-DD, inclusive */
  end?: string;
}

export interface ActorEntry {
  names: string[];
  roles: ActorRole[];
}

export interface AgentEntry {
  terms: string[];
  code: string;
  /** suffix: `~GOV` (appended after the actor code), prefix: `NGO~` (put before it) */
  position: 'prefix' | 'suffix';
}

export interface PetrarchDictionaries {
  actors: ActorEntry[];
  agents: AgentEntry[];
  /** lines that could not be read, as "line N: reason" */
  warnings: string[];
}

/**
 * PETRARCH dates: YYYYMMDD, or YYMMDD with years below 30 read as 20YY (as in the dictionaries:
 * 450703 is 1945, 070723 is 2007). Returns YYYY-MM-DD or null when malformed.
 */
export function petrarchDate(s: string): string | null {
  let y: string;
  let rest: string;
  if (/^\d{8}$/.test(s)) {
    y = s.slice(0, 4);
    rest = s.slice(4);
  } else if (/^\d{6}$/.test(s)) {
    const yy = Number(s.slice(0, 2));
    y = String(yy < 30 ? 2000 + yy : 1900 + yy);
    rest = s.slice(2);
  } else return null;
  const m = Number(rest.slice(0, 2));
  const d = Number(rest.slice(2, 4));
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

/** Strip comments; returns the lines (with their 1-based numbers) that carry content, indentation kept. */
export function stripComments(content: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let inBlock = false;
  content.split(/\r?\n/).forEach((raw, i) => {
    let s = raw;
    let kept = '';
    while (s.length > 0) {
      if (inBlock) {
        const end = s.indexOf('-->');
        if (end < 0) {
          s = '';
          break;
        }
        s = s.slice(end + 3);
        inBlock = false;
        continue;
      }
      const open = s.search(/<!\s*--/);
      if (open < 0) {
        kept += s;
        break;
      }
      kept += s.slice(0, open);
      s = s.slice(open).replace(/^<!\s*--/, '');
      inBlock = true;
    }
    const hash = kept.search(/[#;]/);
    if (hash >= 0) kept = kept.slice(0, hash);
    if (kept.trim() !== '') out.push({ line: i + 1, text: kept.replace(/\s+$/, '') });
  });
  return out;
}

/** `JOHN_SMITH_` ⇒ `JOHN SMITH` */
export function phrase(s: string): string {
  return s
    .trim()
    .replace(/_+$/, '')
    .replace(/[_\s]+/g, ' ')
    .trim();
}

const BRACKET_RE = /\[([^\]]*)\]/g;

/** `[USAGOV 080101-091231]`, `[RUSGOV >080508]`, `[HOB < 950601]`, `[AFGELI]` */
export function parseRole(inner: string): ActorRole | string {
  const m = /^\s*([A-Za-z0-9-]+)\s*(.*?)\s*$/.exec(inner);
  if (!m) return `empty code block [${inner}]`;
  const code = m[1]!.toUpperCase();
  const r = m[2]!.replace(/\s+/g, '');
  if (r === '') return { code };
  let mm: RegExpExecArray | null;
  if ((mm = /^<(\d+)$/.exec(r))) {
    const end = petrarchDate(mm[1]!);
    return end ? { code, end } : `bad date in [${inner}]`;
  }
  if ((mm = /^>(\d+)$/.exec(r))) {
    const start = petrarchDate(mm[1]!);
    return start ? { code, start } : `bad date in [${inner}]`;
  }
  if ((mm = /^(\d+)-(\d+)$/.exec(r))) {
    const start = petrarchDate(mm[1]!);
    const end = petrarchDate(mm[2]!);
    return start && end ? { code, start, end } : `bad date in [${inner}]`;
  }
  return `unreadable restriction in [${inner}]`;
}

/** Parse an actor dictionary. */
export function parseActors(content: string): { actors: ActorEntry[]; warnings: string[] } {
  const actors: ActorEntry[] = [];
  const warnings: string[] = [];
  let cur: ActorEntry | null = null;
  for (const { line, text } of stripComments(content)) {
    const indented = /^\s/.test(text);
    const t = text.trim();
    const brackets = [...t.matchAll(BRACKET_RE)].map((m) => m[1]!);
    const addRoles = (entry: ActorEntry) => {
      for (const b of brackets) {
        const r = parseRole(b);
        if (typeof r === 'string') warnings.push(`line ${line}: ${r}`);
        else entry.roles.push(r);
      }
    };
    if (t.startsWith('+')) {
      if (!cur) {
        warnings.push(`line ${line}: synonym before any actor`);
        continue;
      }
      const name = phrase(t.slice(1).replace(BRACKET_RE, ''));
      if (name) cur.names.push(name);
      addRoles(cur);
    } else if (t.startsWith('[') || (indented && brackets.length > 0 && t.replace(BRACKET_RE, '').trim() === '')) {
      if (!cur) {
        warnings.push(`line ${line}: role line before any actor`);
        continue;
      }
      addRoles(cur);
    } else {
      const name = phrase(t.replace(BRACKET_RE, ''));
      if (!name) {
        warnings.push(`line ${line}: no actor phrase`);
        continue;
      }
      cur = { names: [name], roles: [] };
      actors.push(cur);
      addRoles(cur);
    }
  }
  return { actors, warnings };
}

/** Regular English plural of the last word, as PETRARCH forms it. */
export function regularPlural(p: string): string {
  if (/Y$/i.test(p) && !/[AEIOU]Y$/i.test(p)) return p.slice(0, -1) + (p === p.toUpperCase() ? 'IES' : 'ies');
  if (/SS$/i.test(p)) return p + (p === p.toUpperCase() ? 'ES' : 'es');
  return p + (p === p.toUpperCase() ? 'S' : 's');
}

/** Parse an agents dictionary. */
export function parseAgents(content: string): { agents: AgentEntry[]; warnings: string[] } {
  const agents: AgentEntry[] = [];
  const warnings: string[] = [];
  const subst = new Map<string, string[]>();
  for (const { line, text } of stripComments(content)) {
    const t = text.trim();
    const def = /^(![A-Za-z]+!)\s*=\s*(.+)$/.exec(t);
    if (def) {
      subst.set(def[1]!.toUpperCase(), def[2]!.split(',').map((x) => x.trim()).filter(Boolean));
      continue;
    }
    const m = /^(.*?)\s*(?:\{([^}]*)\})?\s*\[([^\]}]*)[\]}]\s*$/.exec(t);
    if (!m) {
      warnings.push(`line ${line}: expected PHRASE {plural} [~CODE]`);
      continue;
    }
    const rawPhrase = m[1]!.trim();
    const plural = m[2];
    const code = m[3]!.trim();
    let position: 'prefix' | 'suffix';
    let bare: string;
    if (code.startsWith('~')) {
      position = 'suffix';
      bare = code.slice(1);
    } else if (code.endsWith('~')) {
      position = 'prefix';
      bare = code.slice(0, -1);
    } else {
      warnings.push(`line ${line}: agent code [${code}] has no ~`);
      continue;
    }
    if (!rawPhrase || !/^[A-Za-z0-9]+$/.test(bare)) {
      warnings.push(`line ${line}: bad agent entry`);
      continue;
    }
    const markers = rawPhrase.match(/![A-Za-z]+!/g) ?? [];
    let terms: string[];
    if (markers.length > 0) {
      terms = [rawPhrase];
      let ok = true;
      for (const mk of markers) {
        const items = subst.get(mk.toUpperCase());
        if (!items) {
          warnings.push(`line ${line}: undefined substitution ${mk}`);
          ok = false;
          break;
        }
        terms = terms.flatMap((x) => items.map((it) => x.replace(mk, it)));
      }
      if (!ok) continue;
      terms = terms.map(phrase);
    } else {
      const p = phrase(rawPhrase);
      terms = [p];
      if (plural === undefined) {
        if (!rawPhrase.endsWith('_')) terms.push(regularPlural(p));
      } else if (plural.trim() !== '') {
        for (const pl of plural.trim().split(/\s+/)) terms.push(phrase(pl));
      }
    }
    agents.push({ terms: [...new Set(terms)], code: bare.toUpperCase(), position });
  }
  return { agents, warnings };
}

/** Parse a set of actor files and agent files into one structure. */
export function parsePetrarchDictionaries(files: { actors?: string[]; agents?: string[] }): PetrarchDictionaries {
  const out: PetrarchDictionaries = { actors: [], agents: [], warnings: [] };
  for (const c of files.actors ?? []) {
    const r = parseActors(c);
    out.actors.push(...r.actors);
    out.warnings.push(...r.warnings);
  }
  for (const c of files.agents ?? []) {
    const r = parseAgents(c);
    out.agents.push(...r.agents);
    out.warnings.push(...r.warnings);
  }
  return out;
}

/** The code an actor entry has on a date (YYYY-MM-DD): the first role whose range holds it, else the default role. */
export function codeOn(entry: ActorEntry, date: string | null): string | null {
  if (date) {
    for (const r of entry.roles) {
      if ((r.start || r.end) && (!r.start || r.start <= date) && (!r.end || date <= r.end)) return r.code;
    }
  }
  const dflt = entry.roles.find((r) => !r.start && !r.end);
  return dflt ? dflt.code : null;
}
