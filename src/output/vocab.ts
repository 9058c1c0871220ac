// Closed vocabularies of the output contract (contract section 2) that src/types.ts does not already list.

/** The 37 general PLOVER context names (PLOVER manual, "Context codes that can be used with any category"). */
export const PLOVER_CONTEXTS: readonly string[] = [
  'military', 'intelligence', 'executive', 'legislative', 'election', 'political_institutions',
  'pro_democracy', 'pro_autocracy', 'economic', 'legal', 'reparations', 'human_rights', 'rights_freedoms',
  'repression', 'human_security', 'gender', 'lgbt', 'religion_ethnicity', 'inequality', 'diplomatic',
  'territory', 'peacekeeping', 'health', 'asylum', 'migration', 'disasters', 'natural_resource',
  'environment', 'technology', 'terrorism', 'cbrn', 'cyber', 'misinformation', 'crime', 'corruption',
  'illegal_drugs', 'trafficking',
];

export const GRANULARITIES = ['year', 'month', 'day'] as const;
export const DATE_BASES = ['text', 'published'] as const;

/** PLOVER's international non-state "country" codes (manual, table of non-state actor names). */
export const PLOVER_NON_STATE_CODES: readonly string[] = ['IGO', 'UNO', 'EUR', 'NGO', 'ISM', 'IMG', 'MNC'];

/**
 * GDELT QuadClass of a CAMEO code, from its two-digit root:
 * 01–05 verbal cooperation (1), 06–08 material cooperation (2), 09–13 verbal conflict (3), 14–20 material conflict (4).
 * Returns null for a code whose root is not 01–20.
 */
export function quadOfCameo(cameo: string): 1 | 2 | 3 | 4 | null {
  const root = Number(cameo.slice(0, 2));
  if (!Number.isInteger(root) || root < 1 || root > 20) return null;
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}
