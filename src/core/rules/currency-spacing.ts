/**
 * currency-spacing — "$ 540,000" → "$540,000"; "540 €" → "€540".
 *
 * English puts a currency symbol directly before the amount. A space after
 * the symbol, or a symbol after the amount, is a locale habit carried over by
 * machine translation from French and other languages.
 *
 * Deliberately not flagged:
 * - ISO codes and words, which take a space ("USD 540", "540 euros");
 * - a symbol after an amount in a continental format ("1.234,56 €"): it is
 *   reported, but without a fix, because the separators would need rewriting.
 */
import type { Rule } from '../rule.js';
import { scan } from '../scan.js';

const SYMBOLS = '$€£¥₩₹₽₺₴₦₱฿₫₪';
const BEFORE = new RegExp(`(?<![\\p{L}\\p{N}$])((?:US|A|AU|C|CA|HK|NZ|S|R|NT|Mex)?[${SYMBOLS}])[ \\u00A0\\u202F]+(\\d(?:[\\d,.]*\\d)?)(?![\\d])`, 'gu');
const AFTER = new RegExp(`(?<![\\p{L}\\p{N}.,])(\\d(?:[\\d,.\\u00A0\\u202F ]*\\d)?)[ \\u00A0\\u202F]+([${SYMBOLS.replace('$', '')}])(?![\\p{L}\\p{N}])`, 'gu');
/** Amounts written the English way: 540, 540,000, 3.5, 1,234.56. */
const ENGLISH_AMOUNT = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

export const currencySpacing: Rule = {
  id: 'currency-spacing',
  category: 'cleanup',
  severity: 'warning',
  safeFix: true,
  description: 'A currency symbol separated from its amount ("$ 540,000")',
  check(doc, report) {
    scan(doc, BEFORE, (m, start) => {
      const expected = `${m[1]}${m[2]}`;
      report({
        start,
        end: start + m[0].length,
        message: `Unexpected space after \`${m[1]}\`, expected \`${expected}\``,
        note: 'English writes a currency symbol directly before the amount; the space is a habit of French and other locales that machine translation carries over.',
        suggestions: [expected],
      });
    });
    scan(doc, AFTER, (m, start) => {
      const amount = m[1]!;
      const english = ENGLISH_AMOUNT.test(amount);
      report({
        start,
        end: start + m[0].length,
        message: english ? `Unexpected \`${m[2]}\` after the amount, expected \`${m[2]}${amount}\`` : `Unexpected \`${m[2]}\` after the amount \`${amount}\`: English puts the symbol first and uses English separators`,
        note: 'English writes a currency symbol before the amount; "540 €" is the French, German or Spanish order.',
        suggestions: english ? [`${m[2]}${amount}`] : [],
      });
    });
  },
};
