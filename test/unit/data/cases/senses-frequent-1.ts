/**
 * Cases for the senses-frequent-1 table (see ../lexicon.test.ts).
 */
import type { LexiconCase } from '../lexicon-cases.js';

export const CASES: readonly LexiconCase[] = [
];
