/**
 * Calques of grammatical constructions rather than set phrases: a source
 * language's light verb, preposition, article or word order carried into
 * English word for word ("realised a visit", "make a pressure", "the
 * responsible of the project"), the shapes machine translation repeats
 * across many nouns. Format: see `calques.ts`. Sorted by pattern; each entry
 * has cases in test/unit/data/cases/calques-constructions.ts.
 */
import type { CalqueEntry } from './calques.js';

export const CALQUE_CONSTRUCTIONS: readonly CalqueEntry[] = [
];
