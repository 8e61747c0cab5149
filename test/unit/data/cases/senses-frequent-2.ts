/**
 * Cases for the senses-frequent-2 table (see ../lexicon.test.ts).
 */
import type { LexiconCase } from '../lexicon-cases.js';

export const CASES: readonly LexiconCase[] = [
];
