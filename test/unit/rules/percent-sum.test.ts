import { describe, expect, test } from 'vitest';
import { findings } from '../../helpers/lint.js';

const rule = 'percent-sum';
const show = (text: string): string[] => findings(text, rule).map((f) => f.message);

describe(rule, () => {
  test.each([
    ['In the poll, 52% backed the plan, 41% opposed it and 15% were undecided.', ['These shares add up to 108%, more than the whole: 52% + 41% + 15%']],
    ['Some 64% of respondents said yes, while the rest, 45%, said no.', ['These shares add up to 109%, more than the whole: 64% + 45%']],
  ])('flags %j', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });

  test.each([
    'In the poll, 52% backed the plan, 33% opposed it and 15% were undecided.',
    'Sales rose 52% in March, 41% in April and 15% in May.',
    'About 60% of men and 55% of women voted.',
    'Inflation was 70% and unemployment 45%.',
    'The notes were sold at 100%, and the 4% bonds due 1990 at 100%, with 3% paid as a fee.',
    'Earnings covered 133 per cent of interest costs, against 121 per cent a year earlier.',
  ])('leaves %j alone', (text) => {
    expect(show(text)).toEqual([]);
  });
});
