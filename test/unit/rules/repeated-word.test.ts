import { describe, expect, test } from 'vitest';
import { lint } from '../../helpers/lint.js';

const rule = 'repeated-word';

describe(rule, () => {
  test.each([
    ['The the report was late.', ['1:1-1:8 Unexpected repeated word in `The the`, expected `The` → The']],
    ['South Korea, EU Vow CLORS CLORS', ['1:21-1:32 Unexpected repeated word in `CLORS CLORS`, expected `CLORS` → CLORS']],
    ['It was sent to to the ministry.', ['1:13-1:18 Unexpected repeated word in `to to`, expected `to` → to']],
    ['The ministry said that the\nthe report was late.', ['1:24-2:4 Unexpected repeated word in `the\nthe`, expected `the` → the']],
  ])('flags %j', (text, expected) => {
    expect(lint(text, rule)).toEqual(expected);
  });

  test.each([
    'Thabet Thabet, a lawyer in Cairo, said the case was closed.',
    'Residents of Walla Walla voted on Tuesday.',
    'She had had enough of the delays.',
    'He said that that decision was final.',
    'The fine was 1 000 000 won.',
    'Police. Police said nothing.',
    'It is the end; the end was near.',
  ])('leaves %j alone', (text) => {
    expect(lint(text, rule)).toEqual([]);
  });
});
