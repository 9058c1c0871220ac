// PLOVER sector codes and non-state "country" codes (PLOVER manual, chapter "Country Names and Sector Codes").

/** PLOVER sector codes: frequently used ones first, then the less frequent ones. */
export const PLOVER_SECTORS = [
  'COP', 'GOV', 'JUD', 'LEG', 'MIL', 'PRM', 'PTY', 'REB', 'SPY', 'UAF', 'UNK',
  'AGR', 'BUS', 'CRM', 'CVL', 'EDU', 'ELI', 'JRN', 'LAB', 'MED', 'REF', 'OPP', 'PRE', 'REL', 'SOC',
] as const;

export type PloverSector = (typeof PLOVER_SECTORS)[number];

/** PLOVER codes that stand in the country field for actors that are not states. */
export const NON_STATE_CODES = ['IGO', 'UNO', 'EUR', 'NGO', 'ISM', 'IMG', 'MNC'] as const;

export type NonStateCode = (typeof NON_STATE_CODES)[number];

const SECTOR_SET: ReadonlySet<string> = new Set(PLOVER_SECTORS);
const NON_STATE_SET: ReadonlySet<string> = new Set(NON_STATE_CODES);

export function isPloverSector(code: string): code is PloverSector {
  return SECTOR_SET.has(code);
}

export function isNonStateCode(code: string): code is NonStateCode {
  return NON_STATE_SET.has(code);
}

/**
 * A country field value: an ISO 3166-1 alpha-3 code (three upper-case letters, including user-assigned
 * ones such as XKX for Kosovo) or a PLOVER non-state code (which has the same shape).
 */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code);
}
