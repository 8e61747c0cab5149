/**
 * Wrong-sense words from Chinese, Japanese, Korean, Turkish, Arabic, Persian, Hindi, Indonesian, Vietnamese and other languages: English words that machine translation
 * produces for a false friend or a polysemous source word, with the context
 * where they are wrong. Format and matching: see `wrong-sense.ts`. Sorted by
 * first form; each entry has cases in test/unit/data/cases/senses-asian-other.ts.
 */
import type { SenseEntry } from './wrong-sense.js';

export const ASIAN_OTHER: readonly SenseEntry[] = [];
