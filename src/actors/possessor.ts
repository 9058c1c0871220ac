// Whose "its"/"their" is, when the possessive stands in the complement of a verb: "Iran accused Israel of attacking
// its embassy" is Iran's embassy (nobody attacks its own), "The US urged Iran to free its prisoners" is Iran's (the
// controlled subject of "free" owns what it frees). The nearest party is the act's agent; an act done TO the possessed
// thing is done to another's: the main clause's subject before it owns it.
import type { Mention, Token } from '../types.js';

/** acts aimed at another party's people, places or property: "attacking its embassy", "not to strike their ships" */
const HOSTILE_ACTS: ReadonlySet<string> = new Set([
  'attack', 'strike', 'bomb', 'shell', 'target', 'raid', 'seize', 'invade', 'occupy', 'violate', 'hack', 'besiege',
  'storm', 'shoot', 'kill', 'destroy', 'harm', 'sabotage', 'blockade', 'detain', 'abduct', 'kidnap', 'hijack',
  'infiltrate', 'threaten', 'harass', 'intercept', 'down', 'spy',
]);

/** words between the act's agent (the main verb's object) and the act: "accused Israel of attacking", "warned Ukraine
 * not to strike", "blamed Hamas for shelling" */
const COMPLEMENT_LEADS: ReadonlySet<string> = new Set(['of', 'for', 'against', 'to', 'not', 'from', 'over', 'after']);

/**
 * The owner of the possessive before `m` when `nearest` is the agent of a hostile act whose object the possessive
 * noun is: the last party before `nearest` in its sentence, across a verb (the main clause's subject), that `fits`.
 * undefined when the rule does not apply ("its own people", an act that is not hostile, no verb between).
 */
export function ownerOfHostileObject(tokens: readonly Token[], mentions: readonly Mention[], m: Mention, nearest: Mention, fits: (x: Mention) => boolean): Mention | undefined {
  const pron = m.first - 1;
  if (tokens[m.first]?.lower === 'own') return undefined;
  const act = tokens[pron - 1];
  if (!act || act.pos !== 'VERB' || !HOSTILE_ACTS.has(act.lemma)) return undefined;
  // the nearest party is the act's agent: only complement words between them
  if (nearest.sent !== m.sent || nearest.last >= pron - 1) return undefined;
  for (let j = nearest.last; j < pron - 1; j++) if (!COMPLEMENT_LEADS.has(tokens[j]!.lower)) return undefined;
  // the main clause's subject: a fitting party before the main verb that governs the agent
  const at = mentions.indexOf(nearest);
  for (let k = at - 1; k >= 0 && mentions[k]!.sent === m.sent; k--) {
    const x = mentions[k]!;
    if (!fits(x) || x.country === nearest.country) continue;
    const between = tokens.slice(x.last, nearest.first);
    if (between.some((t) => t.pos === 'VERB') && !between.some((t) => t.text === ',' || t.text === ';')) return x;
    return undefined;
  }
  return undefined;
}
