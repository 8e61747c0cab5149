/**
 * percent-sum — "52% voted yes, 41% no and 15% were undecided."
 *
 * Flags percentages in one sentence that share out one whole (three or more
 * listed shares, or two joined by a partition such as "while the rest") and
 * add up to more than 100.
 *
 * Deliberately not flagged:
 * - changes and rates ("rose 52%, from 41% to 15%"): they are not shares;
 * - shares of different wholes ("60% of men and 55% of women");
 * - totals up to 100.5, which rounding allows;
 * - sentences with a percentage of 100 or more, which is no share (bond prices "at 100%", ratios "133 per cent of costs").
 */
import { figures } from '../figures.js';
import type { Rule } from '../rule.js';

/** Words that make a percentage a change or a rate, not a share. */
const CHANGE = /\b(?:rose|rise|risen|fell|fall|fallen|up|down|increase[sd]?|decrease[sd]?|grew|growth|gain(?:ed|s)?|drop(?:ped|s)?|jump(?:ed|s)?|by|from|to|rate|interest|inflation|yield|tax|margin|more|less|higher|lower|than)\s*$/i;

export const percentSum: Rule = {
  id: 'percent-sum',
  category: 'numbers',
  severity: 'warning',
  safeFix: false,
  description: 'Shares of one whole, in one sentence, that add up to more than 100%',
  check(doc, report) {
    const bySentence = new Map<number, ReturnType<typeof figures>>();
    for (const f of figures(doc)) if (f.kind === 'percent' && f.unit === '%' && !/points?/.test(f.text)) bySentence.set(f.sentence, [...(bySentence.get(f.sentence) ?? []), f]);
    for (const [s, shares] of bySentence) {
      // A share is less than the whole: 100% or more is a price ("redeemed at 100%") or a ratio ("133 per cent of its costs").
      if (shares.length < 2 || shares.some((f) => f.value >= 100)) continue;
      const sentence = doc.sentences[s]!;
      const text = doc.text.slice(sentence.start, sentence.end);
      if (shares.some((f) => CHANGE.test(doc.text.slice(sentence.start, f.start).slice(-24)))) continue;
      // "60% of men and 55% of women": shares of different wholes.
      const wholes = new Set(shares.map((f) => /^\s*of\s+(?:the\s+)?([\p{L}-]+)/u.exec(doc.text.slice(f.end, f.end + 30))?.[1]?.toLowerCase()).filter(Boolean));
      if (wholes.size > 1) continue;
      if (shares.length === 2 && !/\b(?:while|whereas|the rest|remaining|against|opposed|undecided|the other)\b/i.test(text)) continue;
      const total = shares.reduce((n, f) => n + f.value, 0);
      if (total <= 100.5) continue;
      report({
        start: shares[0]!.start,
        end: shares[shares.length - 1]!.end,
        message: `These shares add up to ${Math.round(total * 10) / 10}%, more than the whole: ${shares.map((f) => doc.text.slice(f.amount.start, f.amount.end)).join(' + ')}`,
        note: 'Percentages that divide one whole cannot exceed 100 (allowing for rounding); one of them is probably wrong, or they are not shares of the same whole.',
        data: { total },
      });
    }
  },
};
