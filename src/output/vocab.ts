// Closed vocabularies of the output contract (contract section 2) that src/types.ts does not already list.
// PLOVER's contexts and the CAMEO QuadClass rule live with the other codes in src/codes.
export { PLOVER_CONTEXTS } from '../codes/plover.js';
export { quadOfRoot as quadOfCameo } from '../codes/cameo.js';

export const GRANULARITIES = ['year', 'month', 'day'] as const;
export const DATE_BASES = ['text', 'published'] as const;
