/**
 * currency-conversion — "734 million pounds Sterling ($540,000)".
 *
 * Checks an amount given with its conversion ("X (Y)", "X, or about Y")
 * against approximate exchange rates shipped with Copydesk (see
 * `data/currencies.ts`, date-stamped) or set in `copydesk.exchangeRates`.
 * When the implied rate is off by more than a factor of three (five for
 * volatile currencies), the finding names the currency that fits: 734
 * million pounds would be about $990 million, while 734 million won is
 * about $540,000, so the fix is "734 million won".
 *
 * Deliberately not flagged:
 * - conversions within the tolerance (rates move; rounding is normal);
 * - two amounts in one currency ("$5 million ($4.8 million after fees)");
 * - a bare currency word that several countries use, when the rate of any
 *   of them fits: "15 billion rupees ($53 million)" is right for Pakistani
 *   rupees, though "rupees" alone reads as Indian.
 */
import { CURRENCIES, RATES_DATE, type Currency } from '../data/currencies.js';
import { figures, type Figure } from '../figures.js';
import type { Rule } from '../rule.js';

const CONVERSION = /^\s*(?:\(\s*(?:about|around|roughly|approximately|some|nearly|almost|or|equal to|equivalent to|worth)?\s*|,?\s*(?:or|about|around|roughly|approximately|equivalent to|worth|some)\s+(?:about|around|roughly|approximately|some|nearly|almost)?\s*)$/i;
const byCode = new Map(CURRENCIES.map((c) => [c.code, c]));

/** The currency's name after an amount: "won", "rupees", "Canadian dollars". */
function name(currency: Currency, plural: boolean): string {
  const single = currency.words.filter((w) => !w.includes(' ') || /^[A-Z]/.test(w));
  const pluralForm = single.find((w) => /s$/.test(w) && single.includes(w.slice(0, -1)));
  return (plural && pluralForm) || single[0] || currency.words[0]!;
}

/** "1,370" for a rate, with sensible precision. */
function formatRate(value: number): string {
  if (value >= 100) return Math.round(value).toLocaleString('en-US');
  if (value >= 1) return value.toFixed(2).replace(/\.?0+$/, '');
  return value.toPrecision(2);
}

/** "$990 million" for a dollar amount. */
function formatUsd(value: number): string {
  const scales: [number, string][] = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];
  for (const [size, word] of scales) if (value >= size) return `$${(value / size).toPrecision(3).replace(/\.?0+$/, '')} ${word}`;
  return `$${Math.round(value).toLocaleString('en-US')}`;
}

/** The currencies whose qualified names end in a bare currency word: "rupees" → Pakistani rupee, Nepalese rupee… */
function namesAlso(word: string): Currency[] {
  const bare = word.toLowerCase();
  if (bare.includes(' ')) return [];
  return CURRENCIES.filter((c) => c.words.some((w) => w.toLowerCase().endsWith(` ${bare}`)));
}

export const currencyConversion: Rule = {
  id: 'currency-conversion',
  category: 'numbers',
  severity: 'error',
  safeFix: false,
  description: 'An amount whose conversion into another currency does not fit the exchange rate, and the currency that does',
  check(doc, report, { config }) {
    const rate = (currency: Currency): number => config.exchangeRates[currency.code] ?? currency.perUsd;
    const money = figures(doc).filter((f): f is Figure & { currency: string; money: NonNullable<Figure['money']> } => f.kind === 'money' && !!f.currency && !!f.money);
    for (let i = 0; i + 1 < money.length; i++) {
      const a = money[i]!;
      const b = money[i + 1]!;
      if (a.currency === b.currency || !CONVERSION.test(doc.text.slice(a.end, b.start))) continue;
      const ca = byCode.get(a.currency)!;
      const cb = byCode.get(b.currency)!;
      const usdA = a.value / rate(ca);
      const usdB = b.value / rate(cb);
      const ratio = usdA / usdB;
      // Within a factor of three of the stated conversion (five for a volatile currency) is right.
      const withinTolerance = (c: Currency): boolean => Math.abs(Math.log(a.value / rate(c) / usdB)) <= Math.log(c.volatile || cb.volatile ? 5 : 3);
      if (withinTolerance(ca)) continue;
      // A bare "rupees" or "pesos" also names the Pakistani rupee, the Argentine peso…: the text is right if any of them fits.
      if (namesAlso(a.money.currency).some((c) => c !== cb && withinTolerance(c))) continue;
      // The currencies whose rate fits the stated conversion, best first, within a factor of 1.6;
      // several when they are about as close (the fix is then for the editor to choose).
      const implied = a.value / usdB;
      const candidates = CURRENCIES.filter((c) => c.code !== ca.code && c.code !== cb.code)
        .map((c) => ({ c, off: Math.abs(Math.log(rate(c) / implied)) }))
        .filter((x) => x.off <= Math.log(1.6))
        .sort((x, y) => x.off - y.off);
      const fitting = candidates.filter((x) => x.off - candidates[0]!.off <= Math.log(1.1)).map((x) => x.c).slice(0, 2);
      const fits = fitting[0];
      const qualifier = doc.text.slice(a.start, a.amount.start);
      const plural = a.value !== 1;
      const suggestions = fitting.map((c) => `${qualifier}${a.money.quantity} ${name(c, plural)}`);
      const fixed = suggestions[0];
      report({
        start: a.start,
        end: a.end,
        message: fits
          ? `Unexpected \`${a.money.currency}\` in \`${a.text}\`: the conversion to ${b.text} implies ${formatRate(implied)} to the dollar, which fits the ${fitting.map((c) => `${c.name} (about ${formatRate(rate(c))})`).join(' or the ')}, expected \`${fixed}\``
          : `Unexpected conversion: \`${a.text}\` is about ${formatUsd(usdA)}, not ${b.text}; check the amount or the currency`,
        note: `Approximate rates as of ${RATES_DATE} (override with copydesk.exchangeRates): 1 US dollar ≈ ${formatRate(rate(ca))} ${ca.code}${cb.code === 'USD' ? '' : ` ≈ ${formatRate(rate(cb))} ${cb.code}`}. Machine translation and careless editing swap currency names; the conversion in the text is off by a factor of ${formatRate(ratio > 1 ? ratio : 1 / ratio)}.`,
        suggestions,
        data: { implied, currency: a.currency, fits: fits?.code },
      });
    }
  },
};
