import { describe, expect, test } from 'vitest';
import { findings } from '../../helpers/lint.js';

const rule = 'non-word';
const show = (text: string): string[] => findings(text, rule).map((f) => `${f.actual} → ${f.suggestions.join(' | ') || '(none)'}`);

describe(rule, () => {
  test.each([
    ['A scam that frauded at least 48 victims.', ['frauded → defrauded']],
    ['Their regular cyberpolic consultations resumed on the new cyber policy.', ['cyberpolic → cyber policy | cyber police']],
    ['They analysed the growing cyber-startred landscape.', ['startred → started | startled | starred']],
    ['EU VOWS CYBESCURITY ACTION', ['CYBESCURITY → (none)']],
    ['The mayor was indagated for fraud last year.', ['indagated → indicated']],
  ])('flags %j', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });

  test.each([
    'Daijiworld and Neuberger said it, at 4:30 p.m. on Friday.',
    'The borderless militaries of the region, said the anti-corruption agency.',
    'They wrote "le chien" on the board.',
    'He earned a per diem for the work.',
    'The adminstration said so.',
    'The crypto exchanges reopened after the cyberattacks.',
  ])('leaves %j alone', (text) => {
    expect(show(text)).toEqual([]);
  });
});
