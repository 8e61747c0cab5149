/**
 * Cases for the calques-constructions table (see ../lexicon.test.ts).
 */
import type { LexiconCase } from '../lexicon-cases.js';

export const CASES: readonly LexiconCase[] = [
];
