import { describe, expect, test } from 'vitest';
import { parse } from '../../src/core/parse.js';
import { LineIndex } from '../../src/core/text.js';
import { findings } from '../helpers/lint.js';

/** Every token's offsets must cut the original text exactly at the token. */
function tokensRoundTrip(text: string, uri = 'a.txt'): void {
  const doc = parse(text, uri);
  for (const token of doc.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
}

describe('offsets', () => {
  test('CRLF files map to the lines an editor shows', () => {
    const text = 'First line.\r\nThey lost $ 540,000.\r\nLast.';
    const [finding] = findings(text, 'currency-spacing');
    expect(text.slice(finding!.start, finding!.end)).toBe('$ 540,000');
    expect(new LineIndex(text).point(finding!.start)).toEqual({ line: 2, column: 11, offset: 23 });
    tokensRoundTrip(text);
  });

  test('emoji count as two UTF-16 code units, as in JavaScript and VS Code', () => {
    const text = 'Markets 📉 fell. They lost $ 540,000.';
    const [finding] = findings(text, 'currency-spacing');
    expect(finding!.start).toBe(text.indexOf('$'));
    expect(new LineIndex(text).point(finding!.start).column).toBe(28);
    tokensRoundTrip(text);
  });

  test('combining marks and non-Latin scripts keep their offsets', () => {
    const text = 'Le ministre Müller (뮐러) a dit: cross -border.';
    const [finding] = findings(text, 'hyphen-spacing');
    expect(text.slice(finding!.start, finding!.end)).toBe('cross -border');
    tokensRoundTrip(text);
  });

  test('old Mac line endings (CR) count as line breaks', () => {
    const index = new LineIndex('a\rb\r\nc\nd');
    expect([2, 3, 5, 7].map((o) => index.point(o).line)).toEqual([2, 2, 3, 4]);
  });

  test('broken surrogates and replacement characters do not crash or shift offsets', () => {
    const text = 'Bad \uD800 byte \uFFFD here. They lost $ 5.';
    const [finding] = findings(text, 'currency-spacing');
    expect(text.slice(finding!.start, finding!.end)).toBe('$ 5');
    tokensRoundTrip(text);
  });
});

describe('blocks', () => {
  test('a headline without a full stop is its own paragraph, not part of the next sentence', () => {
    const doc = parse('Seoul Vows Action\nThe ministry said on Monday it would act.');
    expect(doc.paragraphs.map((p) => [doc.text.slice(p.start, p.end), p.heading])).toEqual([
      ['Seoul Vows Action', true],
      ['The ministry said on Monday it would act.', false],
    ]);
  });

  test('hard-wrapped plain text joins lines into paragraphs', () => {
    const text = 'The ministry said on Monday that it\nwould act on the report, and that\nofficials had been told to prepare\nnew rules.\n\nA second paragraph.';
    const doc = parse(text);
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.sentences).toHaveLength(2);
  });

  test('"No. 1" does not end a sentence', () => {
    const doc = parse('Korea is the world No. 1 in the index. It said so.');
    expect(doc.sentences).toHaveLength(2);
  });

  test('a full stop before a lower-case word is split off the word before it, but not off an abbreviation', () => {
    const text = 'Readers who post abusive comments. will be banned, approx. twice a year.';
    const doc = parse(text);
    const words = doc.tokens.filter((t) => t.kind === 'word').map((t) => t.text);
    expect(words).toContain('comments');
    expect(words).toContain('approx.');
    expect(findings(text).filter((f) => f.rule === 'spelling')).toEqual([]);
    tokensRoundTrip(text);
  });

  test('Markdown markup, code and URLs are masked but offsets stay exact', () => {
    const text = '# Title\n\nSee [the report](https://example.com/a?b=c) and `code $ 5` for **more**.\n\n```\nthe the\n```\n';
    const doc = parse(text, 'a.md');
    expect(doc.tokens.filter((t) => t.kind === 'word').map((t) => t.text)).toEqual(['Title', 'See', 'the', 'report', 'and', 'for', 'more']);
    expect(findings(text, undefined, undefined, 'a.md')).toEqual([]);
    tokensRoundTrip(text, 'a.md');
  });

  test('list items are separate blocks', () => {
    const doc = parse('- South Korea agreed.\n- The EU agreed too.\nThen they left.');
    expect(doc.paragraphs.map((p) => p.listItem)).toEqual([true, true, false]);
  });
});
