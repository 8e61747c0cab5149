import { describe, expect, test } from 'vitest';
import { lint } from '../../helpers/lint.js';

const rule = 'conflicting-titles';

describe(rule, () => {
  test('flags the same role word with a different department', () => {
    const text = 'Talks were led by Jan Kowalczyk, director of trade policy, and later Jan Kowalczyk, director of maritime security for the Ministry of Defence.';
    expect(lint(text, rule)).toEqual([
      '1:85-1:142 Jan Kowalczyk is called `director of maritime security for the Ministry of Defence` here but `director of trade policy` earlier; check which title is right',
    ]);
  });

  test.each([
    'Jan Kowalczyk, director of trade policy, spoke first. Later Jan Kowalczyk, director of the trade policy department, answered questions.',
    'Judge Howard Smith opened the hearing. Howard Smith, chairman of the rules committee, said little.',
    'Chairman Nikita Khrushchev arrived. Premier Nikita Khrushchev left.',
    'Anna Berg, a former prosecutor, spoke. Anna Berg, a lawyer, agreed.',
    'Ms. Anna Berg spoke. Anna Berg, the director of the museum, agreed.',
  ])('leaves %j alone', (text) => {
    expect(lint(text, rule)).toEqual([]);
  });
});
