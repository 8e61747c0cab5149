/**
 * Word-sequence patterns for data tables: a pattern is slots separated by
 * spaces; a slot lists alternatives with `|`, may end a word with `*`
 * (prefix), may be `#` (any number: "34", "1,200", "three") and may start
 * with `?` (optional).
 *
 *     "to|at ?the|a|an meeting|ceremony|summit*"
 *
 * matches "to the meeting", "at a summit" and "at summits". Patterns run over
 * a sentence's non-space tokens, lower-cased, so punctuation can be matched
 * ("," or ".") and is never skipped silently.
 *
 * `capture()` also says which token each slot matched, so a replacement can
 * reuse it: in "a man|woman of # years" → "a $3-year-old $2", `$n` is the
 * text of slot n (1-based).
 */
import { WordMatcher } from './lexicon.js';

interface Slot {
  words: WordMatcher;
  optional: boolean;
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
        return { optional, words: new WordMatcher((optional ? slot.slice(1) : slot).split('|')) };
      });
  }

  /** If the pattern matches `seq` starting at `at`, the index one past the match; otherwise -1. */
  matchAt(seq: readonly string[], at: number): number {
    return this.forward(seq, at, 0, undefined);
  }

  /**
   * Like `matchAt`, and also the index in `seq` that each slot matched
   * (-1 for an optional slot that matched nothing); undefined when it does not match.
   */
  capture(seq: readonly string[], at: number): { end: number; slots: number[] } | undefined {
    const slots = new Array<number>(this.slots.length).fill(-1);
    const end = this.forward(seq, at, 0, slots);
    return end >= 0 ? { end, slots } : undefined;
  }

  /** If the pattern matches `seq` ending just before `end`, the index where the match starts; otherwise -1. */
  matchBefore(seq: readonly string[], end: number): number {
    return this.backward(seq, end - 1, this.slots.length - 1);
  }

  private forward(seq: readonly string[], at: number, slot: number, record: number[] | undefined): number {
    if (slot === this.slots.length) return at;
    const s = this.slots[slot]!;
    if (at < seq.length && s.words.has(seq[at]!)) {
      const end = this.forward(seq, at + 1, slot + 1, record);
      if (end >= 0) {
        if (record) record[slot] = at;
        return end;
      }
    }
    if (!s.optional) return -1;
    if (record) record[slot] = -1;
    return this.forward(seq, at, slot + 1, record);
  }

  private backward(seq: readonly string[], at: number, slot: number): number {
    if (slot < 0) return at + 1;
    const s = this.slots[slot]!;
    if (at >= 0 && s.words.has(seq[at]!)) {
      const start = this.backward(seq, at - 1, slot - 1);
      if (start >= 0) return start;
    }
    return s.optional ? this.backward(seq, at, slot - 1) : -1;
  }
}

/**
 * Fills `$1`…`$9` in a replacement with the texts of the slots they name
 * (`texts[n - 1]`, empty for an optional slot that matched nothing), then
 * tidies the spaces an empty slot leaves.
 */
export function fillTemplate(template: string, texts: readonly string[]): string {
  return template
    .replace(/\$(\d)/g, (_, n: string) => texts[Number(n) - 1] ?? '')
    .replace(/\s{2,}/g, ' ')
    .trim();
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
