/**
 * The mistranslation lexicons as data: every entry has a source, a test
 * case, no duplicate, sorted order, and does what its case says (flags the
 * wrong use with the expected fix, leaves the correct use alone).
 */
import { describe, expect, test } from 'vitest';
import { CALQUE_TABLES } from '../../../src/core/data/calques.js';
import { SENSE_TABLES } from '../../../src/core/data/senses.js';
import { findings } from '../../helpers/lint.js';
import { CASES_BY_TABLE } from './lexicon-cases.js';
import { MT } from './cases/context.js';

/** Each table's entry keys: a wrong-sense entry's first form, a calque's pattern. */
const TABLES: [string, { key: string; source: string }[]][] = [
  ...Object.entries(SENSE_TABLES).map(([name, entries]) => [name, entries.map((e) => ({ key: Object.keys(e.forms)[0]!, source: e.source }))] as [string, { key: string; source: string }[]]),
  ...Object.entries(CALQUE_TABLES).map(([name, entries]) => [name, entries.map((e) => ({ key: e.pattern, source: e.source }))] as [string, { key: string; source: string }[]]),
];
const mistranslations = (text: string) => findings(text).filter((f) => f.category === 'mistranslation');

describe.each(TABLES)('table %s', (name, entries) => {
  const keys = entries.map((e) => e.key);
  const cases = CASES_BY_TABLE[name] ?? [];

  test('every entry names its source and has a case; no key twice; sorted', () => {
    expect(keys.filter((key) => !cases.some((c) => c.key === key))).toEqual([]);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b)));
    expect(entries.filter((e) => e.source.length <= 5).map((e) => e.key)).toEqual([]);
  });

  test('every case belongs to an entry', () => {
    expect(cases.map((c) => c.key).filter((key) => !keys.includes(key))).toEqual([]);
  });
});

const ALL_CASES = Object.entries(CASES_BY_TABLE).flatMap(([table, cases]) => cases.map((c) => [`${table}: ${c.key}`, c] as const));

describe.each(ALL_CASES)('%s', (_, entry) => {
  test.each(entry.flagged.map((f) => [f.text, f.expected] as const))('flags %j', (text, expected) => {
    const found = mistranslations(text);
    expect(found.map((f) => f.suggestions[0]?.toLowerCase())).toContain(expected.toLowerCase());
  });
  if (entry.correct.length) {
    // A correct case may start with the MT sentence, to show a gated entry leaves it alone even in a translated article.
    test.each(entry.correct)('leaves %j alone', (text) => {
      const context = text.startsWith(MT) ? MT.length : 0;
      expect(mistranslations(text).filter((f) => f.start >= context).map((f) => f.actual)).toEqual([]);
    });
  }
});

/**
 * An optional slot at the far end of a context pattern matches nothing more
 * than the pattern without it, so it is always a slip: "of ?clothes|cars"
 * meant "of clothes|cars" and matched every "of".
 */
describe('context patterns', () => {
  const farEndOptional = (patterns: readonly string[] | undefined, end: 'first' | 'last') =>
    (patterns ?? []).filter((p) => {
      const slots = p.trim().split(/\s+/);
      return (end === 'first' ? slots[0] : slots[slots.length - 1])!.startsWith('?');
    });
  test.each(Object.entries(SENSE_TABLES))('%s: no optional slot at the far end', (_, entries) => {
    const slips = entries.flatMap((e) => [...farEndOptional(e.before, 'first'), ...farEndOptional(e.notBefore, 'first'), ...farEndOptional(e.after, 'last'), ...farEndOptional(e.notAfter, 'last')].map((p) => `${Object.keys(e.forms)[0]}: ${p}`));
    expect(slips).toEqual([]);
  });
});
