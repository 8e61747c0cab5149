/**
 * weekday-mismatch — "on Tuesday, June 27, 2024" when June 27, 2024 was a
 * Thursday.
 *
 * Flags a weekday written next to a full date (day, month and year) that it
 * contradicts, in either order: "Tuesday, June 27, 2024", "June 27, 2024
 * (Tuesday)", "Tuesday 27 June 2024".
 *
 * Deliberately not flagged:
 * - a weekday and a date that are not written together ("on Tuesday … on
 *   June 27"): they may be different days;
 * - dates without a year.
 */
import { dates, type DateMention } from '../figures.js';
import type { Rule } from '../rule.js';

const NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const weekdayMismatch: Rule = {
  id: 'weekday-mismatch',
  category: 'numbers',
  severity: 'error',
  safeFix: true,
  description: 'A weekday that contradicts the full date written next to it',
  check(doc, report) {
    const all = dates(doc);
    for (let i = 0; i + 1 < all.length; i++) {
      const a = all[i]!;
      const b = all[i + 1]!;
      const pair: [DateMention, DateMention] | undefined = a.weekday !== undefined && full(b) ? [a, b] : full(a) && b.weekday !== undefined ? [b, a] : undefined;
      if (!pair || !/^[\s,(]{0,3}$/.test(doc.text.slice(a.end, b.start))) continue;
      const [weekday, date] = pair;
      const actual = new Date(Date.UTC(date.year!, date.month! - 1, date.day!)).getUTCDay();
      if (actual === weekday.weekday) continue;
      report({
        start: weekday.start,
        end: weekday.end,
        message: `Unexpected \`${weekday.text}\`: ${date.text} was a ${NAMES[actual]}, expected \`${NAMES[actual]}\``,
        note: 'A weekday and the date written with it must agree; check which of the two is wrong.',
        suggestions: [NAMES[actual]!],
        safe: false,
      });
    }
  },
};

function full(date: DateMention): boolean {
  return date.year !== undefined && date.month !== undefined && date.day !== undefined;
}
