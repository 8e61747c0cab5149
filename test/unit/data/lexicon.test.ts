/**
 * The mistranslation lexicons as data: every entry has a source, a test
 * case, no duplicate, and does what its case says (flags the wrong use with
 * the expected fix, leaves the correct use alone).
 */
import { describe, expect, test } from 'vitest';
import { CALQUES } from '../../../src/core/data/calques.js';
import { FALSE_FRIENDS } from '../../../src/core/data/false-friends.js';
import { WRONG_SENSE } from '../../../src/core/data/wrong-sense.js';
import { findings } from '../../helpers/lint.js';
import { CASES } from './lexicon-cases.js';

const keys = [...WRONG_SENSE, ...FALSE_FRIENDS].map((e) => Object.keys(e.forms)[0]!).concat(CALQUES.map((c) => c.pattern));
const mistranslations = (text: string) => findings(text).filter((f) => f.category === 'mistranslation');

describe('lexicon data', () => {
  test('every entry names its source and has a test case; no key twice', () => {
    const missing = keys.filter((key) => !CASES.some((c) => c.key === key));
    expect(missing).toEqual([]);
    expect(new Set(keys).size).toBe(keys.length);
    for (const entry of [...WRONG_SENSE, ...FALSE_FRIENDS, ...CALQUES]) expect(entry.source.length).toBeGreaterThan(5);
  });

  test('calques are sorted by pattern', () => {
    const patterns = CALQUES.map((c) => c.pattern);
    expect(patterns).toEqual([...patterns].sort((a, b) => a.localeCompare(b)));
  });

  test('every case belongs to an entry', () => {
    expect(CASES.map((c) => c.key).filter((key) => !keys.includes(key))).toEqual([]);
  });
});

describe.each(CASES.map((c) => [c.key, c] as const))('%s', (_, entry) => {
  test.each(entry.flagged.map((f) => [f.text, f.expected] as const))('flags %j', (text, expected) => {
    const found = mistranslations(text);
    expect(found.map((f) => f.suggestions[0]?.toLowerCase())).toContain(expected.toLowerCase());
  });
  if (entry.correct.length) {
    test.each(entry.correct)('leaves %j alone', (text) => {
      expect(mistranslations(text).map((f) => f.actual)).toEqual([]);
    });
  }
});
