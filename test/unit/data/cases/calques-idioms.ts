/**
 * Cases for one lexicon table (see ../lexicon.test.ts): for each entry, keyed
 * by its first form (wrong-sense tables) or its pattern (calque tables),
 * sentences it must flag with the expected first suggestion, and correct
 * English with the same words that it must leave alone.
 */
import type { LexiconCase } from '../lexicon-cases.js';

export const CASES: readonly LexiconCase[] = [
  { key: 'the main dishes to remember', flagged: [{ text: 'The main dishes to remember: the talks ended without a deal.', expected: 'Key takeaways' }], correct: ['Key takeaways: the talks ended without a deal.'] },
  { key: 'those responsible on|from|of both sides', flagged: [{ text: 'Those responsible on both sides met in Geneva.', expected: 'Officials from both sides' }], correct: ['Officials from both sides met in Geneva.'] },
];
