/**
 * Calques and literal idioms: multi-word renderings of a source-language
 * construction that are not idiomatic English ("the main dishes to
 * remember" for key takeaways, "those responsible on both sides" for
 * officials from both sides, "in the ambit of" for as part of).
 *
 * Each entry is a word-sequence pattern (pattern.ts syntax, lower case,
 * matched on a sentence's non-space tokens), its replacements, and
 * optionally the story domains it needs and words that make it fine.
 * Sorted by pattern. Adding one: a line here and its cases in
 * test/unit/data/lexicon-cases.ts.
 */
import type { Domain } from './domains.js';

export interface CalqueEntry {
  /** The literal rendering, e.g. "in the ambit of" or "those responsible on|from both sides". */
  pattern: string;
  /** Idiomatic English, best first. */
  replace: readonly string[];
  domains?: readonly Domain[];
  /** Words in the paragraph that make the phrase fine. */
  unless?: readonly string[];
  /** Source language(s) and construction: "Portuguese *no âmbito de*". */
  source: string;
}

export const CALQUES: readonly CalqueEntry[] = [
  { pattern: 'the main dishes to remember', replace: ['Key takeaways'], source: 'French *les principaux plats à retenir* (MT of a "key points" box: *à retenir*)' },
  { pattern: 'those responsible on|from|of both sides', replace: ['officials from both sides'], source: 'French *les responsables des deux côtés*, Spanish *los responsables de ambas partes* (officials)' },
];
