import { describe, expect, test } from 'vitest';
import { findings, lint } from '../../helpers/lint.js';

const rule = 'boilerplate';
const story = 'Police arrested two men in Busan on Monday, officials said.';

describe(rule, () => {
  test.each([
    [`${story}\nTop Stories\nMore news here.`, ['2:1-2:12 Unexpected web-page text `Top Stories`: a page label, not part of the article']],
    [`${story}\nYou have 2000 characters left.`, ['2:1-2:31 Unexpected web-page text `You have 2000 characters left.`: text addressed to the page\'s reader, not part of the article']],
    [`${story}\nThe post Busan arrests appeared first on Example News.`, ['2:1-2:55 Unexpected web-page text `The post Busan arrests appeared first on Exampl…`: a syndication footer, not part of the article']],
    [`${story}\nPlease enter your email address to subscribe to our newsletter.`, ['2:1-2:64 Unexpected web-page text `Please enter your email address to subscribe to…`: text addressed to the page\'s reader, not part of the article']],
  ])('flags %j', (text, expected) => {
    expect(lint(text, rule)).toEqual(expected);
  });

  test.each([story, `"Please help us find your neighbours," the mayor told residents.`, 'Check your tax return before you file it, the agency said.'])('leaves %j alone', (text) => {
    expect(lint(text, rule)).toEqual([]);
  });

  test('the fix deletes the paragraph and its line break', () => {
    const text = `${story}\nLeave a Comment\nMore news.`;
    const [finding] = findings(text, rule);
    const edit = finding!.fixes![0]!.edits[0]!;
    expect(text.slice(0, edit.start) + edit.text + text.slice(edit.end)).toBe(`${story}\nMore news.`);
  });
});
