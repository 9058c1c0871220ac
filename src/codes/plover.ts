// PLOVER vocabulary the lexicons are checked against: the modes of each event category and the
// general contexts (PLOVER manual, chapters "Event Categories" and "Contexts"), and which CAMEO code
// stands for a category or a category+mode when nothing more specific is known.
import { PLOVER_CATEGORIES, type PloverCategory } from '../types.js';

/** Modes of each category, as listed in the manual's mode tables (REQUEST and REJECT share theirs). */
export const PLOVER_MODES: Readonly<Record<PloverCategory, readonly string[]>> = {
  AGREE: [],
  CONSULT: ['visit', 'third-party', 'multilateral', 'phone'],
  SUPPORT: [],
  CONCEDE: [],
  COOPERATE: [],
  AID: [],
  RETREAT: ['withdraw', 'release', 'disarm', 'ceasefire', 'access', 'resign'],
  REQUEST: ['assist', 'change', 'yield', 'meet'],
  ACCUSE: ['disapprove', 'investigate', 'allege'],
  REJECT: ['assist', 'change', 'yield', 'meet'],
  THREATEN: ['restrict', 'arrest', 'relations', 'expel', 'territory', 'violence'],
  PROTEST: ['demo', 'riot', 'strike', 'hunger', 'boycott', 'obstruct', 'vandalize'],
  SANCTION: ['convict', 'expel', 'withdraw', 'discontinue'],
  MOBILIZE: ['troops', 'weapons', 'police', 'militia'],
  COERCE: ['seize', 'restrict', 'censor', 'curfew', 'martial-law', 'arrest', 'deport', 'withhold', 'misinformation', 'cyber'],
  ASSAULT: [
    'abduct', 'beat', 'torture', 'sexual', 'targeted', 'destroy', 'primitive', 'firearms', 'explosives',
    'suicide-attack', 'aerial', 'drone', 'heavy-weapons', 'crowd-control', 'unconventional',
  ],
};

/** The 37 general contexts, lower case, in the manual's order. */
export const PLOVER_CONTEXTS: readonly string[] = [
  'military', 'intelligence', 'executive', 'legislative', 'election', 'political_institutions',
  'pro_democracy', 'pro_autocracy', 'economic', 'legal', 'reparations', 'human_rights', 'rights_freedoms',
  'repression', 'human_security', 'gender', 'lgbt', 'religion_ethnicity', 'inequality', 'diplomatic',
  'territory', 'peacekeeping', 'health', 'asylum', 'migration', 'disasters', 'natural_resource',
  'environment', 'technology', 'terrorism', 'cbrn', 'cyber', 'misinformation', 'crime', 'corruption',
  'illegal_drugs', 'trafficking',
];

/**
 * Modes that bring their own context (manual, COERCE: the `cyber` and `misinformation` modes "will also
 * automatically add" the context of the same name).
 */
export const MODE_CONTEXTS: Readonly<Partial<Record<PloverCategory, Readonly<Record<string, string>>>>> = {
  COERCE: { cyber: 'cyber', misinformation: 'misinformation' },
};

/**
 * The CAMEO code used for a category (`''`) or a category+mode when no trigger gives a more specific
 * one. Checked against the CAMEO table when it is loaded (src/codes/cameo.ts).
 */
export const DEFAULT_CAMEO: Readonly<Record<PloverCategory, Readonly<Record<string, string>>>> = {
  AGREE: { '': '030' },
  CONSULT: { '': '040', visit: '042', 'third-party': '044', multilateral: '040', phone: '041' },
  SUPPORT: { '': '050' },
  CONCEDE: { '': '080' },
  COOPERATE: { '': '060' },
  AID: { '': '070' },
  RETREAT: { '': '087', withdraw: '0874', release: '0841', disarm: '0873', ceasefire: '0871', access: '086', resign: '0831' },
  REQUEST: { '': '100', assist: '101', change: '104', yield: '105', meet: '106' },
  ACCUSE: { '': '110', disapprove: '111', investigate: '090', allege: '112' },
  REJECT: { '': '120', assist: '121', change: '123', yield: '124', meet: '125' },
  THREATEN: { '': '130', restrict: '1312', arrest: '130', relations: '1313', expel: '136', territory: '1382', violence: '138' },
  PROTEST: { '': '140', demo: '141', riot: '145', strike: '143', hunger: '142', boycott: '143', obstruct: '144', vandalize: '140' },
  SANCTION: { '': '160', convict: '116', expel: '166', withdraw: '161', discontinue: '160' },
  MOBILIZE: { '': '150', troops: '154', weapons: '150', police: '153', militia: '150' },
  COERCE: {
    '': '170', seize: '171', restrict: '172', censor: '1721', curfew: '1723', 'martial-law': '1724', arrest: '173',
    deport: '174', withhold: '170', misinformation: '170', cyber: '170',
  },
  ASSAULT: {
    '': '190', abduct: '181', beat: '182', torture: '1822', sexual: '1821', targeted: '186', destroy: '1712',
    primitive: '180', firearms: '193', explosives: '183', 'suicide-attack': '1831', aerial: '195', drone: '195',
    'heavy-weapons': '194', 'crowd-control': '175', unconventional: '204',
  },
};

const CATEGORY_SET: ReadonlySet<string> = new Set(PLOVER_CATEGORIES);
const CONTEXT_SET: ReadonlySet<string> = new Set(PLOVER_CONTEXTS);

export function isPloverCategory(s: string): s is PloverCategory {
  return CATEGORY_SET.has(s);
}

export function isPloverContext(s: string): boolean {
  return CONTEXT_SET.has(s);
}

export function isModeOf(event: PloverCategory, mode: string): boolean {
  return PLOVER_MODES[event].includes(mode);
}

/** A readable reason why `mode` is not a mode of `event`, for error messages. */
export function modeProblem(event: PloverCategory, mode: string): string {
  const modes = PLOVER_MODES[event];
  return modes.length === 0
    ? `"${mode}" given but ${event} has no modes`
    : `"${mode}" is not a mode of ${event} (modes: ${modes.join(', ')})`;
}
