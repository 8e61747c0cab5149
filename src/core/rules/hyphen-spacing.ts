/**
 * hyphen-spacing — "cross -border" → "cross-border".
 *
 * Flags a space before a hyphen that joins two words (nothing between the
 * hyphen and the next word), a slip typical of machine-translated and
 * re-typed copy.
 *
 * Deliberately not flagged:
 * - a minus sign before a number ("-5 degrees");
 * - spaced dashes used as punctuation ("Seoul - As a result");
 * - suspended hyphens ("short- and long-term"), where the space comes after.
 */
import type { Rule } from '../rule.js';
import { scan } from '../scan.js';

const SPACED_HYPHEN = /(?<![\p{L}\p{N}'’-])(\p{L}[\p{L}'’]*)[ \u00A0]+-(\p{L}[\p{L}]*)/gu;

export const hyphenSpacing: Rule = {
  id: 'hyphen-spacing',
  category: 'cleanup',
  severity: 'warning',
  safeFix: true,
  description: 'A space before the hyphen of a compound ("cross -border")',
  check(doc, report) {
    scan(doc, SPACED_HYPHEN, (m, start) => {
      const expected = `${m[1]}-${m[2]}`;
      report({
        start,
        end: start + m[0].length,
        message: `Unexpected space before the hyphen in \`${m[0]}\`, expected \`${expected}\``,
        note: 'A compound is written without spaces around its hyphen; a space on one side only is a typing or conversion slip.',
        suggestions: [expected],
      });
    });
  },
};
