/**
 * Small text utilities shared by the parser, the rules and the hosts.
 * Offsets are UTF-16 code units (JavaScript string indices) throughout.
 */

/** A 1-based line and column with the 0-based offset it came from, as in the CLI's JSON. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/**
 * Maps offsets to lines and columns. Line breaks are `\r\n`, `\n` or `\r`,
 * as in VS Code, so a CRLF file maps to the same lines an editor shows.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** Number of lines (a trailing line break starts an empty last line). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** The 1-based line and column of an offset, clamped to the text. */
  point(offset: number): Point {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - this.starts[lo]! + 1, offset: at };
  }

  /** The offset of a 1-based line and column, clamped to the text. */
  offset(line: number, column: number): number {
    const start = this.starts[Math.max(0, Math.min(line - 1, this.starts.length - 1))]!;
    return Math.max(0, Math.min(start + column - 1, this.text.length));
  }
}

/** True for a word written entirely in capitals (at least two letters): "NATO", "CLORS". */
export function isAllCaps(word: string): boolean {
  let letters = 0;
  for (const ch of word) {
    if (ch !== ch.toUpperCase()) return false;
    if (ch !== ch.toLowerCase()) letters++;
  }
  return letters >= 2;
}

/** True when a word starts with a capital letter: "Seoul", "U.S.", "Ha". */
export function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/** True when a word has at least one letter (in any script). */
export function hasLetter(word: string): boolean {
  return /\p{L}/u.test(word);
}

/** Strips diacritics and folds case: "Müller" → "muller". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Escapes a string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** Matches the case pattern of `model` on `word`: ("Flight", "theft") → "Theft". */
export function matchCase(model: string, word: string): string {
  if (isAllCaps(model) && model.length > 1) return word.toUpperCase();
  if (isCapitalized(model)) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}
