/**
 * Calques of the set phrases of officialese, press-release and court
 * language (any source language), rendered word for word: what a ministry
 * statement, a police report or a verdict says in its own language, which
 * machine translation turns into English no editor would write. Format: see
 * `calques.ts`. Sorted by pattern; each entry has cases in
 * test/unit/data/cases/calques-officialese.ts.
 */
import type { CalqueEntry } from './calques.js';

export const CALQUE_OFFICIALESE: readonly CalqueEntry[] = [];
