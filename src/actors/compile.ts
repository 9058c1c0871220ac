// Turns the validated lexicon entries (load.ts) into the resolver's model (model.ts).
import type { ActorLexiconData } from './load.js';
import type { ActorLexicon } from './model.js';

export function toActorLexicon(data: ActorLexiconData): ActorLexicon {
  return {
    actors: data.actors.map((a) => ({
      kind: a.kind, name: a.name, country: a.country, sector: a.sector,
      forms: [a.name, ...a.aliases], adjectives: a.adjectives, demonyms: a.demonyms, type: a.type,
    })),
    persons: data.persons.map((p) => {
      const parts = p.name.split(/\s+/);
      return {
        name: p.name, forms: [p.name, ...p.aliases], surname: p.surname ?? parts[parts.length - 1]!,
        roles: p.roles.map((r) => ({ country: r.country, sector: r.sector, title: r.title, start: r.start, end: r.end })),
      };
    }),
    sectors: data.agents.map((a) => ({ kind: a.kind, terms: a.terms, sector: a.sector, country: a.country })),
    descriptions: data.descriptions.map((d) => ({ terms: d.terms, kinds: d.kinds, count: d.count, group: d.group, type: d.type, countries: d.countries })),
  };
}
