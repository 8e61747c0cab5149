/**
 * Wrong-sense words from German, Dutch, the Nordic languages, Polish, Czech, Slovak, Russian, Ukrainian, Serbian, Croatian, Bulgarian, Hungarian, Greek and the Baltic languages: English words that machine translation
 * produces for a false friend or a polysemous source word, with the context
 * where they are wrong. Format and matching: see `wrong-sense.ts`. Sorted by
 * first form; each entry has cases in test/unit/data/cases/senses-central-eastern.ts.
 */
import type { SenseEntry } from './wrong-sense.js';

export const CENTRAL_EASTERN: readonly SenseEntry[] = [
];
