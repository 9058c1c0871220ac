// Imports PETRARCH actor and agent dictionaries (--lexicon FILE) as readout lexicon entries:
// dated roles become persons with roles, undated ones named organisations, agents sector words.
import { readFileSync } from 'node:fs';
import type { ActorEntry, AgentEntry, PersonEntry } from './entries.js';
import { parsePetrarchDictionaries } from './petrarch.js';
import { isPloverSector } from '../codes/sectors.js';

export interface ImportedActors {
  actors: ActorEntry[];
  persons: PersonEntry[];
  agents: AgentEntry[];
  warnings: string[];
}

/** CAMEO sector codes that PLOVER renamed. */
const SECTOR_RENAMES: Record<string, string> = { MED: 'JRN', HLH: 'MED', IGO: 'GOV', NGO: 'SOC', HRI: 'SOC', ENV: 'SOC', MNC: 'BUS', SPY: 'SPY' };

/** "USAGOV" => USA / GOV; "IGOUNO…" => UNO; "IGOEUREEC" => EUR; other IGO… => IGO; "NGO…" => NGO. */
export function splitCameoActorCode(code: string): { country: string; sector: string | null } | null {
  const c = code.toUpperCase().replace(/[^A-Z]/g, '');
  if (c.length < 3) return null;
  if (c.startsWith('IGOUNO')) return { country: 'UNO', sector: sectorOf(c.slice(6, 9)) };
  if (c.startsWith('IGOEUR')) return { country: 'EUR', sector: sectorOf(c.slice(9, 12)) };
  if (c.startsWith('IGO')) return { country: 'IGO', sector: null };
  if (c.startsWith('NGO')) return { country: 'NGO', sector: 'SOC' };
  return { country: c.slice(0, 3), sector: sectorOf(c.slice(3, 6)) };
}

function sectorOf(s: string): string | null {
  if (s.length !== 3) return null;
  const renamed = SECTOR_RENAMES[s] ?? s;
  return isPloverSector(renamed) ? renamed : null;
}

/** PETRARCH writes names in capitals; readout matches proper names by their capitalised form. */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

export function petrarchToActorData(files: { actors: string[]; agents: string[] }): ImportedActors {
  const read = (f: string) => readFileSync(f, 'utf8');
  const dicts = parsePetrarchDictionaries({ actors: files.actors.map(read), agents: files.agents.map(read) });
  const origin = (files.actors[0] ?? files.agents[0] ?? 'petrarch') + ' (PETRARCH)';
  const out: ImportedActors = { actors: [], persons: [], agents: [], warnings: dicts.warnings };
  for (const a of dicts.actors) {
    const names = a.names.map(titleCase);
    const [name, ...aliases] = names;
    if (!name) continue;
    const roles = a.roles.map((r) => ({ r, code: splitCameoActorCode(r.code) })).filter((x) => x.code !== null);
    if (roles.length === 0) continue;
    const dated = roles.some((x) => x.r.start || x.r.end);
    if (dated) {
      out.persons.push({
        name, aliases, surname: null, wikidata: null, origin,
        roles: roles.map((x) => ({ country: x.code!.country, sector: x.code!.sector ?? 'GOV', title: x.r.code, start: x.r.start ?? '1900', end: x.r.end ?? null })),
      });
    } else {
      const { country, sector } = roles[0]!.code!;
      out.actors.push({ kind: 'org', name, country, sector, aliases, adjectives: [], demonyms: [], type: null, base: null, iso: null, origin });
    }
  }
  for (const g of dicts.agents) {
    const sector = sectorOf(g.code);
    if (!sector) continue;
    out.agents.push({ kind: 'agent', terms: g.terms.map((t) => t.toLowerCase()), sector, country: null, origin });
  }
  return out;
}
