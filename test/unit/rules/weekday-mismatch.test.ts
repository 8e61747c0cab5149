import { describe, expect, test } from 'vitest';
import { lint } from '../../helpers/lint.js';

const rule = 'weekday-mismatch';

describe(rule, () => {
  test.each([
    ['The talks opened on Tuesday, June 27, 2024, in Seoul.', ['1:21-1:28 Unexpected `Tuesday`: June 27, 2024 was a Thursday, expected `Thursday` → Thursday']],
    ['The vote is set for 3 March 2025 (Friday).', ['1:35-1:41 Unexpected `Friday`: 3 March 2025 was a Monday, expected `Monday` → Monday']],
  ])('flags %j', (text, expected) => {
    expect(lint(text, rule)).toEqual(expected);
  });

  test.each(['The talks opened on Thursday, June 27, 2024, in Seoul.', 'The talks opened on Tuesday. On June 27, 2024 they closed.', 'The talks opened on Tuesday, June 27.'])('leaves %j alone', (text) => {
    expect(lint(text, rule)).toEqual([]);
  });
});
