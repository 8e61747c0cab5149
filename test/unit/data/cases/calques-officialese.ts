/**
 * Cases for the calques-officialese table (see ../lexicon.test.ts).
 */
import type { LexiconCase } from '../lexicon-cases.js';

export const CASES: readonly LexiconCase[] = [];
