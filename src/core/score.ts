/**
 * How machine-translated a document looks, from 0 (clean) to 1 (surely
 * garbled), so an editor knows to read it closely even where no single
 * finding is certain. Translationese classifiers reach 86–96% accuracy at
 * document level (Baroni and Bernardini 2006): the signal is in the density
 * of small anomalies, not in any one of them.
 *
 * The score is the density of weighted signals per 100 words (a text
 * shorter than 150 words counts as 150, so a headline alone cannot score
 * high), squashed: 1 − e^(−density × 0.7). One sense error per 100 words
 * gives about 0.5.
 */
import type { Doc } from './parse.js';
import type { Category, Finding } from './types.js';

/** How much each kind of finding says about machine translation. */
const WEIGHTS: Record<Category, number> = {
  mistranslation: 1,
  cleanup: 0.4,
  consistency: 0.4,
  numbers: 0.2,
  sourcing: 0,
};

/** Rules whose findings are typical of translation from continental locales even though they are cleanup. */
const LOCALE_HABITS = new Set(['currency-spacing', 'hyphen-spacing', 'acronym-case']);

export function translationScore(doc: Doc, findings: readonly Finding[]): number {
  let words = 0;
  for (const token of doc.tokens) if (token.kind === 'word') words++;
  if (!words) return 0;
  let signal = 0;
  for (const finding of findings) signal += LOCALE_HABITS.has(finding.rule) ? 0.7 : WEIGHTS[finding.category] * (finding.severity === 'information' || finding.severity === 'hint' ? 0.5 : 1);
  // Short texts give too little evidence: count them as at least 150 words long.
  const density = (signal / Math.max(words, 150)) * 100;
  return Math.round((1 - Math.exp(-density * 0.7)) * 100) / 100;
}
