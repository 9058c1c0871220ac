// Field checks for lexicon lines. Each check throws a FieldError naming the field; the loader adds file:line.
import { isCountryCode, isPloverSector } from '../codes/sectors.js';

// The generic checks are shared with the other lexicon loaders.
import { FieldError, onlyFields, optionalBoolean, optionalString, requiredString, stringList, type Json } from '../lexicon/jsonl.js';

export { FieldError, onlyFields, optionalBoolean, optionalString, requiredString, stringList, type Json };

const show = (v: unknown): string => JSON.stringify(v) ?? String(v);

export function countryField(obj: Json, field: string, required: boolean): string | null {
  const v = required ? requiredString(obj, field) : optionalString(obj, field);
  if (v !== null && !isCountryCode(v)) {
    throw new FieldError(field, `must be an ISO 3166-1 alpha-3 code or a PLOVER non-state code (3 upper-case letters), got ${show(v)}`);
  }
  return v;
}

export function sectorField(obj: Json, field: string, required: boolean): string | null {
  const v = required ? requiredString(obj, field) : optionalString(obj, field);
  if (v !== null && !isPloverSector(v)) throw new FieldError(field, `must be a PLOVER sector code (GOV, COP, MIL, ...), got ${show(v)}`);
  return v;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** YYYY, YYYY-MM or YYYY-MM-DD, with a real month and day. */
export function isPartialDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const days = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}

export function dateField(obj: Json, field: string, nullable: boolean): string | null {
  const v = obj[field];
  if (v === undefined) throw new FieldError(field, nullable ? 'is missing (use null for "still in office")' : 'is missing');
  if (v === null) {
    if (nullable) return null;
    throw new FieldError(field, 'must be a date YYYY, YYYY-MM or YYYY-MM-DD, got null');
  }
  if (typeof v !== 'string' || !isPartialDate(v)) {
    throw new FieldError(field, `must be a date YYYY, YYYY-MM or YYYY-MM-DD, got ${show(v)}`);
  }
  return v;
}

/** Lower-case surface forms; all-capital acronyms (matched case-sensitively) are allowed as they are. */
export function lowerTerms(obj: Json, field: string): string[] {
  const terms = stringList(obj, field, true);
  terms.forEach((t, i) => {
    if (t !== t.toLowerCase() && !/^[A-Z0-9.&-]{2,6}s?$/.test(t)) {
      throw new FieldError(`${field}[${i}]`, `must be lower case (the matcher works on lower-cased surface forms), got ${show(t)}`);
    }
  });
  return terms;
}

export function positiveInteger(obj: Json, field: string, fallback: number): number {
  const v = obj[field];
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw new FieldError(field, `must be a positive integer, got ${show(v)}`);
  return v;
}
