/**
 * Calques and literal idioms: multi-word renderings of a source-language
 * construction that are not idiomatic English ("the main dishes to
 * remember" for key takeaways, "those responsible on both sides" for
 * officials from both sides, "in the ambit of" for as part of).
 *
 * Each entry is a word-sequence pattern (pattern.ts syntax, lower case,
 * matched on a sentence's non-space tokens), its replacements (where `$n`
 * repeats the words of the pattern's slot n: "a man of 34 years" → "a
 * 34-year-old man"), and optionally the story domains it needs, words in
 * the paragraph that make it fine (`unless`), and patterns right before or
 * after the match that make it fine (`notBefore`, `notAfter`).
 *
 * This file holds the shapes that recur across source languages (ages,
 * dates, numbers); `calques-idioms.ts` holds literal idioms and set phrases.
 * Both are sorted by pattern. Adding one: a line in the table, and its cases
 * in test/unit/data/cases/ (CONTRIBUTING.md).
 */
import { CALQUE_IDIOMS } from './calques-idioms.js';
import type { Domain } from './domains.js';

export interface CalqueEntry {
  /** The literal rendering, e.g. "in the ambit of" or "those responsible on|from both sides". */
  pattern: string;
  /** Idiomatic English, best first. */
  replace: readonly string[];
  domains?: readonly Domain[];
  /** Words in the paragraph that make the phrase fine. */
  unless?: readonly string[];
  /** Patterns ending right before the match, or starting right after it, that make the phrase fine. */
  notBefore?: readonly string[];
  notAfter?: readonly string[];
  /** Source language(s) and construction: "Portuguese *no âmbito de*". */
  source: string;
}

/** Shapes that recur across source languages. */
const SHAPES: readonly CalqueEntry[] = [
];

/** Every calque table, by name (the tests read each with its cases). */
export const CALQUE_TABLES: Readonly<Record<string, readonly CalqueEntry[]>> = { calques: SHAPES, 'calques-idioms': CALQUE_IDIOMS };

/** All calque entries. */
export const CALQUES: readonly CalqueEntry[] = Object.values(CALQUE_TABLES).flat();
