import { describe, expect, test } from 'vitest';
import { findings } from '../../helpers/lint.js';

const rule = 'stutter';
const show = (text: string): string[] => findings(text, rule).map((f) => `${f.actual} → ${f.suggestions[0]}`);

describe(rule, () => {
  test.each([
    ['Ha allegedly alleged that the agency was hacked.', ['allegedly alleged → alleged']],
    ['He was director of international security of international security for the ministry.', ['of international security of international security → of international security']],
    ['The cyber investigation team of the cyber investigation team made arrests.', ['The cyber investigation team of the cyber investigation team → The cyber investigation team']],
    ['The captain will miss will miss the final, the club said.', ['will miss will miss → will miss']],
  ])('flags %j', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });

  test.each([
    'Prices rose more and more, step by step, day by day.',
    'He finally finished the report.',
    'The suspect allegedly stole a car.',
    'The sense of community and of community service grew.',
    '"Sure, sure, you can have it," the guard said.',
    'Prices were stuck for years and years and nobody asked why.',
    'Amen, amen, I say to you, the preacher said.',
  ])('leaves %j alone', (text) => {
    expect(show(text)).toEqual([]);
  });
});
