import { describe, expect, test } from 'vitest';
import { lint } from '../../helpers/lint.js';

const rule = 'spelling';

describe(rule, () => {
  test.each([
    ['The adminstration said so.', ['1:5-1:18 Unexpected `adminstration`, not an English word; expected `administration` → administration']],
    ['He was severly injured.', ['1:8-1:15 Unexpected `severly`, not an English word; expected `severely` → severely']],
    // Newswire and Wikipedia misspell it often, but it is one slip from a far commoner word.
    ['The goverment said so.', ['1:5-1:14 Unexpected `goverment`, not an English word; expected `government` → government']],
  ])('flags %j', (text, expected) => {
    expect(lint(text, rule)).toEqual(expected);
  });

  test.each(['The administration said so.', 'Neuberger and Daijiworld said so.', 'A scam that frauded at least 48 victims.', 'Staff get a per diem for meals and a pro forma invoice.', 'Spending per capita fell.', 'They queued for gelato and ramen.', 'It was a naïve cliché.'])('leaves %j alone', (text) => {
    expect(lint(text, rule)).toEqual([]);
  });
});
