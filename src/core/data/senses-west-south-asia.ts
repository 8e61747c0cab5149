/**
 * Wrong-sense words from Arabic, Turkish, Persian, Hebrew, Hindi, Urdu, Bengali and Swahili: English words that machine translation
 * produces for a false friend or a polysemous source word, with the context
 * where they are wrong. Format and matching: see `wrong-sense.ts`. Sorted by
 * first form; each entry has cases in test/unit/data/cases/senses-west-south-asia.ts.
 */
import type { SenseEntry } from './wrong-sense.js';

export const WEST_SOUTH_ASIA: readonly SenseEntry[] = [
];
