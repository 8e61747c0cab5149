/**
 * Wrong-sense words from German, Dutch, the Scandinavian languages, Polish, Russian, Ukrainian, Czech and other Slavic languages: English words that machine translation
 * produces for a false friend or a polysemous source word, with the context
 * where they are wrong. Format and matching: see `wrong-sense.ts`. Sorted by
 * first form; each entry has cases in test/unit/data/cases/senses-germanic-slavic.ts.
 */
import type { SenseEntry } from './wrong-sense.js';

export const GERMANIC_SLAVIC: readonly SenseEntry[] = [];
