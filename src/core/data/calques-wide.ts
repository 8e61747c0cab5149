/**
 * Calques from many source languages: literal renderings of idioms, set
 * phrases and institution names that the other calque tables lack. Format:
 * see `calques.ts`. Sorted by pattern; each entry has cases in
 * test/unit/data/cases/calques-wide.ts.
 */
import type { CalqueEntry } from './calques.js';

export const CALQUE_WIDE: readonly CalqueEntry[] = [
];
