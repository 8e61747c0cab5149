import { describe, expect, test } from 'vitest';
import { WordMatcher } from '../../src/core/lexicon.js';
import { Pattern } from '../../src/core/pattern.js';

describe('word patterns', () => {
  test('a `*suffix` alternative matches words of five letters or more ending in it', () => {
    const matcher = new WordMatcher(['*ed', 'fled']);
    expect(['diverted', 'received', 'fled'].map((w) => matcher.has(w))).toEqual([true, true, true]);
    // Short words, and words not ending so, are not participles.
    expect(['red', 'bed', 'speed', 'been', 'divert'].map((w) => matcher.has(w))).toEqual([false, false, true, false, false]);
  });

  test('a `*suffix` slot inside a pattern', () => {
    const pattern = new Pattern('would have *ed');
    expect(pattern.matchAt(['the', 'scheme', 'would', 'have', 'diverted', 'funds'], 2)).toBe(5);
    expect(pattern.matchAt(['it', 'would', 'have', 'been', 'fine'], 1)).toBe(-1);
  });
});
