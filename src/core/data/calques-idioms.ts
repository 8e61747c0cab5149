/**
 * Literal idioms and set phrases: a source-language expression rendered word
 * for word ("on the edge of the summit" for on the sidelines of the summit,
 * "press point" for press briefing). Format: see `calques.ts`. Sorted by
 * pattern; each entry has cases in test/unit/data/cases/calques-idioms.ts.
 */
import type { CalqueEntry } from './calques.js';

export const CALQUE_IDIOMS: readonly CalqueEntry[] = [
  { pattern: 'the main dishes to remember', replace: ['Key takeaways'], source: 'French *les principaux plats à retenir* (MT of a "key points" box: *à retenir*)' },
  { pattern: 'those responsible on|from|of both sides', replace: ['officials from both sides'], source: 'French *les responsables des deux côtés*, Spanish *los responsables de ambas partes* (officials)' },
];
