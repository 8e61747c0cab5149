import { describe, expect, test } from 'vitest';
import { lint } from '../../helpers/lint.js';

const rule = 'hyphen-spacing';

describe(rule, () => {
  test.each([
    ['They agreed on sharing cross -border information.', ['1:24-1:37 Unexpected space before the hyphen in `cross -border`, expected `cross-border` → cross-border']],
    ['An Asia -Pacific forum opened.', ['1:4-1:17 Unexpected space before the hyphen in `Asia -Pacific`, expected `Asia-Pacific` → Asia-Pacific']],
  ])('flags %j', (text, expected) => {
    expect(lint(text, rule)).toEqual(expected);
  });

  test.each([
    'They agreed on cross-border information.',
    'Temperatures fell to -5 degrees.',
    'Seoul - As a result, 20 countries signed.',
    'Both short- and long-term loans rose.',
    '- a list item\n- another one',
  ])('leaves %j alone', (text) => {
    expect(lint(text, rule)).toEqual([]);
  });
});
