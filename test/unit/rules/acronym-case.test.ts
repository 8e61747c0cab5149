import { describe, expect, test } from 'vitest';
import { lint } from '../../helpers/lint.js';

const rule = 'acronym-case';

describe(rule, () => {
  test('flags a title-case acronym in an article that writes EU and UN', () => {
    const text = 'The EU and the UN backed the Korea Internet & Security Agency (Kisa). Kisa said it was ready.';
    expect(lint(text, rule)).toEqual([
      '1:64-1:68 Unexpected `Kisa`, expected `KISA`: this article writes acronyms in capitals → KISA',
      '1:71-1:75 Unexpected `Kisa`, expected `KISA`: this article writes acronyms in capitals → KISA',
    ]);
  });

  test.each([
    'The Korea Internet & Security Agency (Kisa) said it was ready.',
    'The EU and the UN backed Standard Oil (Indiana) and the World Health Organisation (WHO).',
    // The established style of a name English newswire uses as a word.
    'The IAEA and the UN inspected the plant of Tokyo Electric Power Company (Tepco).',
  ])('leaves %j alone', (text) => {
    expect(lint(text, rule)).toEqual([]);
  });
});
