import { describe, expect, test } from 'vitest';
import { findings } from '../../helpers/lint.js';

const rule = 'date-arithmetic';
const show = (text: string): string[] => findings(text, rule).map((f) => `${f.actual} → ${f.suggestions[0]} (${f.severity})`);

describe(rule, () => {
  test.each([
    ['The forum opened in Seoul in 2024. It has been held since 2000, and this year marked its 21st edition.', ['21st edition → 25th edition (warning)']],
    ['The institute was founded in 1994. In 2024 it celebrated its 25th anniversary.', ['25th anniversary → 30th anniversary (warning)']],
    ['The fair, first held in 2010, opened its fourteenth edition in 2024.', ['fourteenth edition → fifteenth edition (information)']],
  ])('flags %j', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });

  test.each([
    'The forum opened in Seoul in 2024. It has been held since 2000, and this year marked its 25th edition.',
    'The institute was founded in 1994. In 2024 it celebrated its 30th anniversary.',
    'The biennial show, held since 2000, reached its 13th edition in 2024.',
    'This year marked its 25th edition.',
  ])('leaves %j alone', (text) => {
    expect(show(text)).toEqual([]);
  });
});
