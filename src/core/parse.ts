/**
 * Turns a document into paragraphs, sentences and tokens with exact offsets.
 *
 * The text is parsed with retext-english (nlcst). Markup that is not prose
 * (Markdown syntax, code, URLs, e-mail addresses) is first masked with spaces
 * of the same length, so every offset the parser reports is still an offset
 * into the original text: UTF-16 code units, CRLF and emoji included.
 *
 * A plain-text news article usually puts one paragraph on each line, and its
 * headlines carry no full stop; parsing the whole file at once would run a
 * headline into the next sentence. So blocks are split first (blank lines,
 * Markdown block markers, and single line breaks unless the file is
 * hard-wrapped) and each block is parsed on its own.
 */
import { retext } from 'retext';
import retextEnglish from 'retext-english';
import type { Span } from './types.js';
import { LineIndex } from './text.js';

/** What a token is: a word (letters or digits), punctuation, a symbol such as `$`, or white space. */
export type TokenKind = 'word' | 'punct' | 'symbol' | 'space';

/** One token of the parse, with its offsets into the original text. */
export interface Token extends Span {
  kind: TokenKind;
  text: string;
  /** Lower-cased text, for dictionary look-ups. */
  lower: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

/** A sentence: a run of tokens inside one paragraph. */
export interface Sentence extends Span {
  /** Index of the sentence's first token in `Doc.tokens`. */
  first: number;
  /** Index one past the sentence's last token. */
  last: number;
  paragraph: number;
}

/** A block of prose: a paragraph, a headline, a list item or a Markdown heading. */
export interface Paragraph extends Span {
  /** Index of the paragraph's first sentence in `Doc.sentences`. */
  first: number;
  /** Index one past its last sentence. */
  last: number;
  /** True for a short line with no closing punctuation, followed by more text: a headline or title. */
  heading: boolean;
  /** True for a Markdown or plain-text list item ("- ..."). */
  listItem: boolean;
}

/** The format of a document, which decides what is masked as markup. */
export type DocumentFormat = 'plaintext' | 'markdown';

/** A parsed document: the shared input of every rule. */
export interface Doc {
  uri: string;
  text: string;
  format: DocumentFormat;
  lines: LineIndex;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  /** Ranges hidden from the rules: code, URLs, markup. */
  masked: Span[];
  /** Per-document memo for derived analyses (domains, entities, attributions). */
  readonly cache: Map<string, unknown>;
}

const processor = retext().use(retextEnglish).freeze();

interface NlcstNode {
  type: string;
  value?: string;
  children?: NlcstNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Parses a document. `format` defaults to Markdown for `.md` URIs and plain text otherwise. */
export function parse(text: string, uri = 'untitled', format?: DocumentFormat): Doc {
  const kind = format ?? (/\.(md|markdown)$/i.test(uri) ? 'markdown' : 'plaintext');
  const { masked, spans, markers } = mask(text, kind);
  const doc: Doc = {
    uri,
    text,
    format: kind,
    lines: new LineIndex(text),
    paragraphs: [],
    sentences: [],
    tokens: [],
    masked: spans,
    cache: new Map(),
  };
  for (const block of blocks(masked, kind, markers)) addBlock(doc, masked, block);
  return doc;
}

interface Block extends Span {
  listItem: boolean;
  markdownHeading: boolean;
}

function addBlock(doc: Doc, masked: string, block: Block): void {
  const source = masked.slice(block.start, block.end);
  const tree = processor.parse(source) as NlcstNode;
  const paragraphIndex = doc.paragraphs.length;
  const firstSentence = doc.sentences.length;
  const sentences: NlcstNode[][] = [];
  for (const paragraph of tree.children ?? []) {
    let gap: NlcstNode[] = [];
    for (const node of paragraph.children ?? []) {
      if (node.type !== 'SentenceNode' || !node.children?.length) {
        gap = node.type === 'WhiteSpaceNode' ? [node] : [];
        continue;
      }
      const previous = sentences[sentences.length - 1];
      // retext-english ends a sentence at "No." in "No. 1"; join such pieces back.
      if (previous && ((endsWithAbbreviation(previous) && startsLikeContinuation(node.children)) || (endsWithNameAbbreviation(previous) && startsCapitalized(node.children)))) previous.push(...gap, ...node.children);
      else sentences.push([...node.children]);
      gap = [];
    }
  }
  for (const nodes of sentences.flatMap(splitAfterSmallNumbers).map(splitTrailingStops)) {
    const first = doc.tokens.length;
    const sentenceIndex = doc.sentences.length;
    for (const node of nodes) {
      const start = block.start + (node.position?.start.offset ?? 0);
      const end = block.start + (node.position?.end.offset ?? 0);
      const text = doc.text.slice(start, end);
      doc.tokens.push({ kind: tokenKind(node.type), text, lower: text.toLowerCase(), start, end, sentence: sentenceIndex });
    }
    doc.sentences.push({ start: doc.tokens[first]!.start, end: doc.tokens[doc.tokens.length - 1]!.end, first, last: doc.tokens.length, paragraph: paragraphIndex });
  }
  const lastSentence = doc.sentences.length;
  if (lastSentence === firstSentence) return;
  const trimmed = source.trimEnd();
  const words = doc.tokens.slice(doc.sentences[firstSentence]!.first, doc.sentences[lastSentence - 1]!.last).filter((t) => t.kind === 'word').length;
  const heading =
    block.markdownHeading ||
    (!block.listItem && !/[.!?:;,…"'”’)\]]$/.test(trimmed) && words > 0 && words <= 20 && lastSentence - firstSentence === 1 && !source.includes('\n'));
  doc.paragraphs.push({
    start: doc.sentences[firstSentence]!.start,
    end: doc.sentences[lastSentence - 1]!.end,
    first: firstSentence,
    last: lastSentence,
    heading,
    listItem: block.listItem,
  });
}

/**
 * retext-english reads one or two digits and a full stop as one word (a
 * German-style ordinal, "93."), so "Sales rose to 93. The company said so."
 * stays one sentence. Splits such a word into the number and the full stop,
 * and the sentence after it, when a capitalised word or nothing follows.
 */
function splitAfterSmallNumbers(nodes: NlcstNode[]): NlcstNode[][] {
  const out: NlcstNode[][] = [];
  let from = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type !== 'WordNode' || !/^\d{1,2}\.$/.test(plain(node)) || !node.position) continue;
    const next = nodes.slice(i + 1).find((n) => n.type !== 'WhiteSpaceNode');
    if (next && (next.type !== 'WordNode' || !/^\p{Lu}/u.test(plain(next)))) continue;
    const start = node.position.start.offset ?? 0;
    const end = node.position.end.offset ?? 0;
    const number: NlcstNode = { type: 'WordNode', position: { start: { offset: start }, end: { offset: end - 1 } } };
    const stop: NlcstNode = { type: 'PunctuationNode', value: '.', position: { start: { offset: end - 1 }, end: { offset: end } } };
    out.push([...nodes.slice(from, i), number, stop]);
    from = next ? nodes.indexOf(next) : nodes.length;
  }
  out.push(nodes.slice(from));
  return out.filter((part) => part.length > 0);
}

/**
 * retext-english also keeps a full stop on a lower-case word when a
 * lower-case word follows ("offensive comments. will not"), as it would
 * for an abbreviation. Splits the stop off such a word (four letters or
 * more, not a known abbreviation), so the word is checked as itself; the
 * sentence stays whole, since its end is unclear.
 */
function splitTrailingStops(nodes: NlcstNode[]): NlcstNode[] {
  return nodes.flatMap((node) => {
    if (node.type !== 'WordNode' || !node.position) return [node];
    const text = plain(node);
    if (!/^\p{Ll}{4,}\.$/u.test(text) || LOWER_ABBREVIATIONS.has(text.slice(0, -1))) return [node];
    const start = node.position.start.offset ?? 0;
    const end = node.position.end.offset ?? 0;
    return [
      { type: 'WordNode', position: { start: { offset: start }, end: { offset: end - 1 } } },
      { type: 'PunctuationNode', value: '.', position: { start: { offset: end - 1 }, end: { offset: end } } },
    ];
  });
}

/** Lower-case abbreviations of four letters or more, which keep their full stop. */
const LOWER_ABBREVIATIONS = new Set(['approx', 'incl', 'excl', 'resp', 'cont', 'misc', 'vols', 'nos', 'esp', 'govt', 'dept', 'assn', 'intl', 'natl', 'mfrs', 'corp', 'ibid', 'abbr', 'prob', 'sept', 'ltd']);

/** Abbreviations after which retext-english wrongly ends a sentence before a number or a lower-case word. */
const CONTINUING_ABBREVIATIONS = new Set(['no', 'nos', 'approx', 'p', 'pp', 'vs', 'fig', 'art', 'ca', 'vol', 'ch', 'sec', 'para', 'op', 'cf']);

function endsWithAbbreviation(nodes: NlcstNode[]): boolean {
  const dot = nodes[nodes.length - 1];
  const word = nodes[nodes.length - 2];
  return dot?.type === 'PunctuationNode' && dot.value === '.' && word?.type === 'WordNode' && CONTINUING_ABBREVIATIONS.has(plain(word).toLowerCase());
}

/** Honorifics and initials that precede a name: "Mr.", "Dr.", "St.", "J." in "J. Smith". */
const NAME_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'gov', 'sen', 'rep', 'gen', 'col', 'capt', 'lt', 'sgt', 'st', 'mt', 'ft', 'hon', 'messrs', 'mme', 'mlle', 'sr', 'jr']);

function endsWithNameAbbreviation(nodes: NlcstNode[]): boolean {
  const dot = nodes[nodes.length - 1];
  const word = nodes[nodes.length - 2];
  if (dot?.type !== 'PunctuationNode' || dot.value !== '.' || word?.type !== 'WordNode') return false;
  const text = plain(word);
  // A single capital is an initial ("William B. Hartsfield"), unless it ends an all-capitals phrase.
  return NAME_ABBREVIATIONS.has(text.toLowerCase()) || /^\p{Lu}$/u.test(text);
}

function startsCapitalized(nodes: NlcstNode[]): boolean {
  const first = nodes.find((n) => n.type !== 'WhiteSpaceNode');
  return first?.type === 'WordNode' && /^\p{Lu}/u.test(plain(first));
}

function startsLikeContinuation(nodes: NlcstNode[]): boolean {
  const first = nodes.find((n) => n.type !== 'WhiteSpaceNode');
  return first?.type === 'WordNode' && /^[\p{Ll}\d]/u.test(plain(first));
}

function plain(node: NlcstNode): string {
  return node.value ?? (node.children ?? []).map(plain).join('');
}

function tokenKind(type: string): TokenKind {
  switch (type) {
    case 'WordNode':
      return 'word';
    case 'PunctuationNode':
      return 'punct';
    case 'WhiteSpaceNode':
      return 'space';
    default:
      return 'symbol';
  }
}

/** Where a Markdown block marker (heading, list item, quote) was removed. */
interface Marker {
  line: number;
  listItem: boolean;
  heading: boolean;
}

const URL = /\b(?:https?:\/\/|www\.)[^\s<>()"'”]+[^\s<>()"'”.,;:!?]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;

/** Replaces non-prose with spaces (same length), and records block markers. */
function mask(text: string, format: DocumentFormat): { masked: string; spans: Span[]; markers: Marker[] } {
  const chars = text.split('');
  const spans: Span[] = [];
  const markers: Marker[] = [];
  const blank = (start: number, end: number): void => {
    if (end <= start) return;
    spans.push({ start, end });
    for (let i = start; i < end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  };
  const each = (re: RegExp, fn: (m: RegExpExecArray) => void): void => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) fn(m);
  };
  if (format === 'markdown') {
    each(/^---\r?\n[\s\S]*?\r?\n---[ \t]*$/y, (m) => blank(m.index, m.index + m[0].length));
    each(/^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?(?:^[ \t]*\1[^\n]*$|(?![\s\S]))/gm, (m) => blank(m.index, m.index + m[0].length));
    each(/<!--[\s\S]*?-->|<\/?[A-Za-z][^>\n]*>/g, (m) => blank(m.index, m.index + m[0].length));
    each(/`[^`\n]+`/g, (m) => blank(m.index, m.index + m[0].length));
    each(/!\[[^\]\n]*\]\([^)\n]*\)/g, (m) => blank(m.index, m.index + m[0].length));
    each(/\[([^\]\n]*)\]\([^)\n]*\)/g, (m) => {
      blank(m.index, m.index + 1);
      blank(m.index + 1 + m[1]!.length, m.index + m[0].length);
    });
    each(/^\[[^\]\n]+\]:.*$/gm, (m) => blank(m.index, m.index + m[0].length));
    each(/(^|[\s(])(\*{1,3}|_{1,3})(?=\S)|(?<=\S)(\*{1,3}|_{1,3})(?=[\s).,;:!?]|$)/gm, (m) => {
      const lead = m[1] ?? '';
      const marks = m[2] ?? m[3] ?? '';
      blank(m.index + lead.length, m.index + lead.length + marks.length);
    });
    each(/^[ \t]*(?:(#{1,6})[ \t]+|>[ \t]?|([-*+]|\d{1,3}[.)])[ \t]+|(?:[-*_][ \t]*){3,}$|\|)/gm, (m) => {
      blank(m.index, m.index + m[0].length);
      markers.push({ line: m.index, listItem: m[2] !== undefined, heading: m[1] !== undefined });
    });
  } else {
    each(/^[ \t]*[-*•–][ \t]+/gm, (m) => markers.push({ line: m.index, listItem: true, heading: false }));
  }
  each(URL, (m) => blank(m.index, m.index + m[0].length));
  spans.sort((a, b) => a.start - b.start);
  return { masked: chars.join(''), spans, markers };
}

/** Splits masked text into blocks of prose. */
function blocks(text: string, format: DocumentFormat, markers: Marker[]): Block[] {
  const lines: Span[] = [];
  const breakRe = /\r\n|\n|\r/g;
  let at = 0;
  for (let m = breakRe.exec(text); m; m = breakRe.exec(text)) {
    lines.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  lines.push({ start: at, end: text.length });
  const markerAt = new Map(markers.map((m) => [m.line, m]));
  const joinLines = format === 'markdown' || hardWrapped(text, lines);
  const out: Block[] = [];
  let current: Block | undefined;
  const close = (): void => {
    if (current) out.push(current);
    current = undefined;
  };
  for (const line of lines) {
    const content = text.slice(line.start, line.end);
    const marker = markerAt.get(line.start);
    if (!content.trim()) {
      close();
      continue;
    }
    const continues = current !== undefined && /[\p{Ll},;]$/u.test(text.slice(current.start, current.end)) && /^\s*\p{Ll}/u.test(content);
    if (!current || (!joinLines && !continues) || marker || current.markdownHeading) {
      close();
      const lead = content.length - content.trimStart().length;
      current = { start: line.start + lead, end: line.end, listItem: marker?.listItem ?? false, markdownHeading: marker?.heading ?? false };
    } else current.end = line.end;
  }
  close();
  return out;
}

/**
 * A plain-text file is hard-wrapped when many lines end mid-sentence and the
 * next line carries on in lower case; then single line breaks are spaces.
 */
function hardWrapped(text: string, lines: Span[]): boolean {
  let pairs = 0;
  let continued = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = text.slice(lines[i]!.start, lines[i]!.end).trimEnd();
    const next = text.slice(lines[i + 1]!.start, lines[i + 1]!.end).trimStart();
    if (!line || !next) continue;
    pairs++;
    if (/[\p{Ll},;-]$/u.test(line) && /^[\p{Ll}\d(]/u.test(next)) continued++;
  }
  return pairs >= 3 && continued / pairs >= 0.3;
}

/** The text of a span of the document. */
export function textOf(doc: Doc, span: Span): string {
  return doc.text.slice(span.start, span.end);
}

/** The word tokens of a sentence, in order. */
export function wordsOf(doc: Doc, sentence: Sentence): Token[] {
  const out: Token[] = [];
  for (let i = sentence.first; i < sentence.last; i++) if (doc.tokens[i]!.kind === 'word') out.push(doc.tokens[i]!);
  return out;
}

/**
 * Memoises a derived analysis on a document: the first rule that needs the
 * document's domains or entities computes them; the others reuse them.
 */
export function memo<T>(doc: Doc, key: string, compute: () => T): T {
  if (doc.cache.has(key)) return doc.cache.get(key) as T;
  const value = compute();
  doc.cache.set(key, value);
  return value;
}
