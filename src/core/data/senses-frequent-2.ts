/**
 * Wrong-sense words found by going through English itself rather than one
 * source language: every common word of the word-vector vocabulary
 * (`data/generated/vectors.ts`, by descending frequency in news text;
 * this table: ranks 3,000–8,000) was asked whether machine translation from a
 * major source language renders some source word as it in the wrong sense,
 * in news copy. The entries are those where the answer is yes and a context
 * shows it. Format and matching: see `wrong-sense.ts`. Sorted by first
 * form; each entry has cases in test/unit/data/cases/senses-frequent-2.ts.
 */
import type { SenseEntry } from './wrong-sense.js';

export const FREQUENT_2: readonly SenseEntry[] = [
];
