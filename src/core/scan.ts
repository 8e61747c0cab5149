/**
 * Helpers rules use to walk a parsed document.
 */
import { memo, type Doc, type Token } from './parse.js';
import type { Span } from './types.js';

/**
 * Runs a global regular expression over each paragraph's text and calls `fn`
 * with the match and its absolute offset. Matches that touch masked text
 * (code, URLs, markup) are skipped.
 */
export function scan(doc: Doc, re: RegExp, fn: (match: RegExpExecArray, start: number) => void): void {
  if (!re.global) throw new Error('scan needs a global regular expression');
  for (const paragraph of doc.paragraphs) {
    const text = doc.text.slice(paragraph.start, paragraph.end);
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = paragraph.start + m.index;
      if (!touchesMask(doc, { start, end: start + m[0].length })) fn(m, start);
    }
  }
}

/** True when a span overlaps text the parser masked (code, URLs, markup). */
export function touchesMask(doc: Doc, span: Span): boolean {
  for (const m of doc.masked) {
    if (m.start >= span.end) break;
    if (m.end > span.start) return true;
  }
  return false;
}

/** Index of the next token after `i` in the same sentence that is not white space, or -1. */
export function nextNonSpace(doc: Doc, i: number): number {
  const sentence = doc.tokens[i]?.sentence;
  for (let j = i + 1; j < doc.tokens.length && doc.tokens[j]!.sentence === sentence; j++) {
    if (doc.tokens[j]!.kind !== 'space') return j;
  }
  return -1;
}

/** Index of the previous token before `i` in the same sentence that is not white space, or -1. */
export function previousNonSpace(doc: Doc, i: number): number {
  const sentence = doc.tokens[i]?.sentence;
  for (let j = i - 1; j >= 0 && doc.tokens[j]!.sentence === sentence; j--) {
    if (doc.tokens[j]!.kind !== 'space') return j;
  }
  return -1;
}

/** The word tokens of the whole document, in order, with their token indices. */
export function words(doc: Doc): { token: Token; index: number }[] {
  const out: { token: Token; index: number }[] = [];
  doc.tokens.forEach((token, index) => {
    if (token.kind === 'word') out.push({ token, index });
  });
  return out;
}

/** True when the token is a number: digits with optional separators ("540", "2019", "3.5"). */
export function isNumber(token: Token): boolean {
  return /^\d[\d.,]*$/.test(token.text);
}

/** A sentence's non-space tokens, with their lower-case texts for pattern matching. */
export interface SentenceView {
  tokens: Token[];
  /** Index into `Doc.tokens` of each entry of `tokens`. */
  indices: number[];
  lower: string[];
  /** The tokens as written (for patterns' `@`, a capitalised word). */
  texts: string[];
}

/** The non-space tokens of a sentence (memoised per document). */
export function sentenceView(doc: Doc, sentence: number): SentenceView {
  const views = memo(doc, 'sentence-views', () => new Map<number, SentenceView>());
  let view = views.get(sentence);
  if (!view) {
    const s = doc.sentences[sentence]!;
    view = { tokens: [], indices: [], lower: [], texts: [] };
    for (let i = s.first; i < s.last; i++) {
      const token = doc.tokens[i]!;
      if (token.kind === 'space') continue;
      view.tokens.push(token);
      view.indices.push(i);
      view.lower.push(token.lower);
      view.texts.push(token.text);
    }
    views.set(sentence, view);
  }
  return view;
}

/** The lower-case non-space tokens of a paragraph (memoised per document). */
export function paragraphWords(doc: Doc, paragraph: number): string[] {
  const all = memo(doc, 'paragraph-words', () => new Map<number, string[]>());
  let words = all.get(paragraph);
  if (!words) {
    const p = doc.paragraphs[paragraph]!;
    words = [];
    for (let s = p.first; s < p.last; s++) words.push(...sentenceView(doc, s).lower);
    all.set(paragraph, words);
  }
  return words;
}
