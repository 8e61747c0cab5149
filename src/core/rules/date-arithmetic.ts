/**
 * date-arithmetic — "held since 2000 … this year marked its 21st edition"
 * in an article dated 2024.
 *
 * Checks an ordinal edition or anniversary against the year the event
 * started (in the same or a nearby sentence: "since 2000", "first held in
 * 2000", "founded in 1994") and the article's year (the latest year it
 * mentions): an annual event held since 2000 has its 25th edition in 2024;
 * an institution founded in 1994 marks its 30th anniversary in 2024.
 *
 * Deliberately not flagged:
 * - the numbers that fit ("It has been held since 2000, and this year marked
 *   its 25th edition" in a 2024 article);
 * - events that are not annual ("biennial", "every two years");
 * - ordinals with no start year nearby, or articles with no year at all.
 */
import { dates } from '../figures.js';
import type { Rule } from '../rule.js';
import { scan } from '../scan.js';

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const ORDINAL = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(\d{1,3})(?:st|nd|rd|th)|(${ORDINAL_WORDS.join('|')}))[ \u00A0]+(?:annual[ \u00A0]+)?(edition|anniversary|annual|year|session|festival|summit|conference|symposium|congress|forum)\b`, 'giu');
const START = /\b(?:since|(?:first\s+)?(?:held|founded|established|launched|created|started|inaugurated|began|begun|opened|set\s+up)\s+(?:in|since))\s+((?:18|19|20)\d{2})\b/gi;

export const dateArithmetic: Rule = {
  id: 'date-arithmetic',
  category: 'numbers',
  severity: 'warning',
  safeFix: true,
  description: 'An edition or anniversary number that does not fit the start year and the article\'s year',
  check(doc, report) {
    const years = dates(doc).flatMap((d) => (d.year !== undefined ? [d.year] : []));
    if (!years.length) return;
    const articleYear = Math.max(...years);
    const starts: { year: number; at: number }[] = [];
    scan(doc, START, (m, start) => starts.push({ year: Number(m[1]), at: start }));
    scan(doc, ORDINAL, (m, start) => {
      const ordinal = m[1] ? Number(m[1]) : ORDINAL_WORDS.indexOf(m[2]!.toLowerCase()) + 1;
      const kind = m[3]!.toLowerCase();
      // The nearest start year within about two sentences.
      const near = starts.filter((s) => Math.abs(s.at - start) < 400).sort((x, y) => Math.abs(x.at - start) - Math.abs(y.at - start))[0];
      if (!near || near.year >= articleYear) return;
      const context = doc.text.slice(Math.max(0, Math.min(near.at, start) - 200), Math.max(near.at, start) + 200);
      if (/\bbiennial|every (?:two|three|four|other) years|triennial\b/i.test(context)) return;
      const expected = kind === 'anniversary' ? articleYear - near.year : articleYear - near.year + 1;
      if (expected === ordinal || expected <= 0) return;
      const ordinalText = m[1] ? `${expected}${suffix(expected)}` : (ORDINAL_WORDS[expected - 1] ?? `${expected}${suffix(expected)}`);
      const fixed = m[0].replace(m[1] ? `${m[1]}${m[0].slice(m[1].length).match(/^(?:st|nd|rd|th)/)![0]}` : m[2]!, ordinalText);
      report({
        start,
        end: start + m[0].length,
        message: `Unexpected \`${m[0]}\`: ${kind === 'anniversary' ? `founded in ${near.year}, it marks its ${expected}${suffix(expected)} anniversary` : `held yearly since ${near.year}, its edition`} in ${articleYear} is the ${expected}${suffix(expected)}, expected \`${fixed}\``,
        note: `The article's year is taken as ${articleYear}, the latest year it mentions. An annual event counts its first year as the 1st edition; an anniversary counts whole years.`,
        suggestions: [fixed],
        severity: Math.abs(expected - ordinal) === 1 ? 'information' : 'warning',
      });
    });
  },
};

function suffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
