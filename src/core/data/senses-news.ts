/**
 * Wrong-sense words by news beat, from any source language: the polysemous
 * or false-friend renderings that machine translation makes in court,
 * police, military, economy, health, sport, weather and politics copy, where
 * the beat itself shows the English word is the wrong sense. Format and
 * matching: see `wrong-sense.ts`. Sorted by first form; each entry has
 * cases in test/unit/data/cases/senses-news.ts.
 */
import type { SenseEntry } from './wrong-sense.js';

export const NEWS: readonly SenseEntry[] = [];
