import { describe, expect, test } from 'vitest';
import { findings } from '../../helpers/lint.js';

const rule = 'currency-conversion';
const fixes = (text: string, settings?: Record<string, unknown>): string[] => findings(text, rule, settings).map((f) => `${f.actual} → ${f.suggestions.join(' | ') || '(no fix)'}`);

describe(rule, () => {
  test.each([
    ['The ring took 734 million pounds Sterling ($ 540,000) from 48 victims.', ['734 million pounds Sterling → 734 million won']],
    ['Fines reached 12 million euros ($130,000).', ['12 million euros → 12 million rupees | 12 million roubles']],
    ['The bill came to 5 million won ($3.7 million).', ['5 million won → 5 million Canadian dollars | 5 million Singapore dollars']],
    ['Savers lost 3 billion euros ($1,000).', ['3 billion euros → (no fix)']],
  ])('flags %j', (text, expected) => {
    expect(fixes(text)).toEqual(expected);
  });

  test.each([
    'The ring took 734 million won ($540,000) from 48 victims.',
    'The club paid €45 million ($49 million) for the defender.',
    'Tickets cost 2,000 yen (about $14).',
    'The scheme cost savers ¥2.4 billion ($17 million).',
    'The ministry set aside £2 billion, or about $2.6 billion, for repairs.',
    'The fund raised $5 million ($4.8 million after fees).',
    // Bare "rupees" reads as Indian, but the Pakistani rupee's rate fits.
    'The cabinet in Islamabad approved 15 billion rupees ($53 million) in relief.',
  ])('leaves %j alone', (text) => {
    expect(fixes(text)).toEqual([]);
  });

  test('copydesk.exchangeRates overrides the shipped rates', () => {
    const text = 'The ring took 734 million won ($540,000).';
    expect(fixes(text)).toEqual([]);
    expect(fixes(text, { 'copydesk.exchangeRates': { KRW: 13.6 } })).toHaveLength(1);
  });
});
