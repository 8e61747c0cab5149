/**
 * Word-sequence patterns for data tables: a pattern is slots separated by
 * spaces; a slot lists alternatives with `|`, may end a word with `*`
 * (prefix) or start one with `*` (suffix: `*ed`), may be `#` (any number: "34", "2.4", "three"), `#y` (a year:
 * "2024"), `@` (a capitalised word other than a determiner: a name; it
 * may stand among other alternatives, "party|@") and may start with `?`
 * (optional).
 *
 *     "to|at ?the|a|an meeting|ceremony|summit*"
 *
 * matches "to the meeting", "at a summit" and "at summits". Patterns run over
 * a sentence's non-space tokens, lower-cased, so punctuation can be matched
 * ("," or ".") and is never skipped silently.
 *
 * `capture()` also says which token each slot matched, so a replacement can
 * reuse it: in "a man|woman of # years" → "a $3-year-old $2", `$n` is the
 * text of slot n (1-based), `$nth` its ordinal ("93" → "93rd") and `$Cn` its
 * text capitalised ("president" → "President").
 *
 * `seq` is the lower-cased tokens; `@` slots also need `cased`, the same
 * tokens as written (without it, `@` never matches).
 */
import { WordMatcher } from './lexicon.js';

/** Capitalised at the start of a sentence, these are not names, so `@` skips them. */
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'any', 'each', 'every', 'no', 'one', 'another', 'other', 'such', 'all', 'both', 'either', 'neither', 'many', 'several', 'few', 'what', 'which', 'whose', 'most', 'more', 'much']);

interface Slot {
  words: WordMatcher;
  optional: boolean;
  /** `@`: the token as written starts with a capital. */
  capital: boolean;
}

/** A compiled pattern. */
export class Pattern {
  private readonly slots: Slot[];

  constructor(readonly source: string) {
    this.slots = source
      .trim()
      .split(/\s+/)
      .map((slot) => {
        const optional = slot.startsWith('?');
        const body = optional ? slot.slice(1) : slot;
        const alternatives = body.split('|');
        return { optional, capital: alternatives.includes('@'), words: new WordMatcher(alternatives.filter((a) => a !== '@')) };
      });
  }

  /** If the pattern matches `seq` starting at `at`, the index one past the match; otherwise -1. */
  matchAt(seq: readonly string[], at: number, cased?: readonly string[]): number {
    return this.forward(seq, cased, at, 0, undefined);
  }

  /**
   * Like `matchAt`, and also the index in `seq` that each slot matched
   * (-1 for an optional slot that matched nothing); undefined when it does not match.
   */
  capture(seq: readonly string[], at: number, cased?: readonly string[]): { end: number; slots: number[] } | undefined {
    const slots = new Array<number>(this.slots.length).fill(-1);
    const end = this.forward(seq, cased, at, 0, slots);
    return end >= 0 ? { end, slots } : undefined;
  }

  /** If the pattern matches `seq` ending just before `end`, the index where the match starts; otherwise -1. */
  matchBefore(seq: readonly string[], end: number, cased?: readonly string[]): number {
    return this.backward(seq, cased, end - 1, this.slots.length - 1);
  }

  private fits(s: Slot, seq: readonly string[], cased: readonly string[] | undefined, at: number): boolean {
    if (at < 0 || at >= seq.length) return false;
    if (s.words.has(seq[at]!)) return true;
    return s.capital && cased !== undefined && /^\p{Lu}/u.test(cased[at] ?? '') && !DETERMINERS.has(seq[at]!);
  }

  private forward(seq: readonly string[], cased: readonly string[] | undefined, at: number, slot: number, record: number[] | undefined): number {
    if (slot === this.slots.length) return at;
    const s = this.slots[slot]!;
    if (this.fits(s, seq, cased, at)) {
      const end = this.forward(seq, cased, at + 1, slot + 1, record);
      if (end >= 0) {
        if (record) record[slot] = at;
        return end;
      }
    }
    if (!s.optional) return -1;
    if (record) record[slot] = -1;
    return this.forward(seq, cased, at, slot + 1, record);
  }

  private backward(seq: readonly string[], cased: readonly string[] | undefined, at: number, slot: number): number {
    if (slot < 0) return at + 1;
    const s = this.slots[slot]!;
    if (this.fits(s, seq, cased, at)) {
      const start = this.backward(seq, cased, at - 1, slot - 1);
      if (start >= 0) return start;
    }
    return s.optional ? this.backward(seq, cased, at, slot - 1) : -1;
  }
}

/**
 * Fills `$1`…`$9` in a replacement with the texts of the slots they name
 * (`texts[n - 1]`, empty for an optional slot that matched nothing),
 * `$1th`… with their ordinals, `$C1`… capitalised and `$1*10000`… multiplied ("3.5" → "35,000"), then tidies the spaces an empty slot leaves
 * and the article before a vowel sound ("a 8-year-old" → "an 8-year-old").
 */
export function fillTemplate(template: string, texts: readonly string[]): string {
  return template
    .replace(/\$(C?)(\d)(th|\*\d+)?/g, (_, cap: string, n: string, op?: string) => {
      const text = texts[Number(n) - 1] ?? '';
      if (cap) return text.charAt(0).toUpperCase() + text.slice(1);
      if (op?.startsWith('*')) return multiply(text, Number(op.slice(1)));
      return op ? ordinal(text) : text;
    })
    .replace(/\s{2,}/g, ' ')
    .replace(/\b([Aa]) (?=(?:8|11|18|80|8\d|8\d\d|11\d\d|18\d\d)\b|eight|eleven)/g, '$1n ')
    .trim();
}

/** A numeral times a factor, in figures with thousands separators ("3.5" × 10000 → "35,000"); other text as "three × 10,000". */
function multiply(number: string, factor: number): string {
  const value = /^\d+(?:\.\d+)?$/.test(number) ? Number(number) * factor : Number.NaN;
  if (Number.isNaN(value)) return `${number} × ${factor.toLocaleString('en-US')}`;
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** "1" → "1st", "22" → "22nd", "93" → "93rd", "11" → "11th"; other text unchanged. */
function ordinal(number: string): string {
  if (!/^\d+$/.test(number)) return number;
  const n = Number(number);
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${number}${suffix}`;
}

/** Compiles a list of patterns, memoising by source text. */
export function patterns(sources: readonly string[] | undefined): Pattern[] {
  return (sources ?? []).map((source) => {
    let compiled = cache.get(source);
    if (!compiled) cache.set(source, (compiled = new Pattern(source)));
    return compiled;
  });
}

const cache = new Map<string, Pattern>();
