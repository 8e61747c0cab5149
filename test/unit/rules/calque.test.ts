import { describe, expect, test } from 'vitest';
import { lint } from '../../helpers/lint.js';

const rule = 'calque';

describe(rule, () => {
  test.each([
    ['The main dishes to remember:\n- Talks ended.', ['1:1-1:28 Unexpected `The main dishes to remember`, a word-for-word translation; expected `Key takeaways` → Key takeaways']],
    ['Those responsible on both sides met in Geneva.', ['1:1-1:32 Unexpected `Those responsible on both sides`, a word-for-word translation; expected `Officials from both sides` → Officials from both sides']],
  ])('flags %j', (text, expected) => {
    expect(lint(text, rule)).toEqual(expected);
  });

  test.each(['Key takeaways: talks ended.', 'Those responsible will be punished, both sides agreed.', 'Seo Ji Hun said the plan was sound. Seo Ji Hun left.'])('leaves %j alone', (text) => {
    expect(lint(text, rule)).toEqual([]);
  });
});
