import { describe, expect, test } from 'vitest';
import { lint } from '../../helpers/lint.js';

const rule = 'currency-spacing';

describe(rule, () => {
  test.each([
    ['They lost $ 540,000 last year.', ['1:11-1:20 Unexpected space after `$`, expected `$540,000` → $540,000']],
    ['Fines of up to ₩ 50 million apply.', ['1:16-1:20 Unexpected space after `₩`, expected `₩50` → ₩50']],
    ['It cost US$ 3.5 billion.', ['1:9-1:16 Unexpected space after `US$`, expected `US$3.5` → US$3.5']],
    ['Tickets cost 45 € each.', ['1:14-1:18 Unexpected `€` after the amount, expected `€45` → €45']],
    ['The bill came to 1.234,56 € in all.', ['1:18-1:28 Unexpected `€` after the amount `1.234,56`: English puts the symbol first and uses English separators']],
  ])('flags %j', (text, expected) => {
    expect(lint(text, rule)).toEqual(expected);
  });

  test.each(['They lost $540,000 last year.', 'It cost USD 540 and 540 euros.', 'Prices rose by £3 to £45.', 'The $ sign is used in 30 countries.'])('leaves %j alone', (text) => {
    expect(lint(text, rule)).toEqual([]);
  });
});
