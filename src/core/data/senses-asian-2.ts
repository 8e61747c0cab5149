/**
 * Wrong-sense words from Chinese, Japanese, Korean, Vietnamese, Thai, Indonesian and Malay (second table): English words that machine translation
 * produces for a false friend or a polysemous source word, with the context
 * where they are wrong. Format and matching: see `wrong-sense.ts`. Sorted by
 * first form; each entry has cases in test/unit/data/cases/senses-asian-2.ts.
 */
import type { SenseEntry } from './wrong-sense.js';

export const ASIAN_2: readonly SenseEntry[] = [
];
