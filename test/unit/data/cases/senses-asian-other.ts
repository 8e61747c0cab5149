/**
 * Cases for one lexicon table (see ../lexicon.test.ts): for each entry, keyed
 * by its first form (wrong-sense tables) or its pattern (calque tables),
 * sentences it must flag with the expected first suggestion, and correct
 * English with the same words that it must leave alone.
 */
import type { LexiconCase } from '../lexicon-cases.js';

export const CASES: readonly LexiconCase[] = [];
