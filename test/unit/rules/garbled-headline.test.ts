import { describe, expect, test } from 'vitest';
import { findings } from '../../helpers/lint.js';

const rule = 'garbled-headline';
const show = (text: string): string[] => findings(text, rule).map((f) => f.message);
const body = '\nThe EU and South Korea agreed on Tuesday to work together against hackers, officials said.';

describe(rule, () => {
  test.each([
    [`South Korea, Eu Vow CYBESCURITY CLORS CLORS${body}`, ['Unexpected garbled headline: `Eu` for EU, `CLORS` is no word or known acronym, `CLORS` twice, `CYBESCURITY` is no English word']],
    [`Police Busted Busted Phone Scam Ring Arrest Arrest${body}`, ['Unexpected garbled headline: `Busted` twice, `Arrest` twice']],
  ])('flags %j', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });

  test.each([`Seoul And EU Vow Joint Action On Crypto Theft${body}`, `NATO Summit Opens In Vilnius${body}`, `Seoul Sets New New Rules For Exchanges${body}`])('leaves %j alone', (text) => {
    expect(show(text)).toEqual([]);
  });
});
