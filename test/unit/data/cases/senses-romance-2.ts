/**
 * Cases for one lexicon table (see ../lexicon.test.ts): for each entry, keyed
 * by its first form, sentences it must flag with the expected first
 * suggestion, and correct English with the same words that it must leave alone.
 */
import type { LexiconCase } from '../lexicon-cases.js';

export const CASES: readonly LexiconCase[] = [
];
