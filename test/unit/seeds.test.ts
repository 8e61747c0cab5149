/**
 * Acceptance on the five seed articles in ../shared/seeds (read in place,
 * never copied into the repository): the findings the shipped rules must
 * make there, and no crash on any seed.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/core/index.js';
import { seeds } from '../helpers/lint.js';

const all = seeds();

describe.runIf(all)('seed articles', () => {
  const results = analyze([...all!].map(([uri, text]) => ({ uri, text })));
  const of = (prefix: string) => results.find((r) => r.uri.startsWith(prefix))!;
  const pairs = (prefix: string, rule: string) => of(prefix).findings.filter((f) => f.rule === rule).map((f) => `${f.actual} → ${f.suggestions[0]}`);

  test('every seed is checked without a crash', () => {
    expect(results).toHaveLength(5);
  });

  test('North Korean crypto theft: repeated word, currency spacing and hyphen spacing, each with its fix', () => {
    expect(pairs('004', 'repeated-word')).toEqual(['CLORS CLORS → CLORS']);
    expect(pairs('004', 'currency-spacing')).toEqual(['$ 540,000 → $540,000', '$ 310 → $310', '$ 310 → $310', '$ 2 → $2']);
    expect(pairs('004', 'hyphen-spacing')).toEqual(['cross -border → cross-border']);
  });

  test('North Korean crypto theft: the wrong-sense words are flagged with fixes an editor accepts', () => {
    const found = pairs('004', 'wrong-sense');
    for (const expected of ['cryptographic flight → crypto theft', 'flight of cryptography → crypto theft', 'pirates → hackers', 'surveys → investigations', 'emergency → urgency']) {
      expect(found).toContain(expected);
    }
  });

  test('the four clean seeds have no cleanup or mistranslation findings', () => {
    for (const prefix of ['000', '001', '002', '003']) {
      expect(of(prefix).findings.filter((f) => f.category === 'mistranslation' || f.rule === 'repeated-word').map((f) => f.actual)).toEqual([]);
    }
  });
});

test('the seed folder is found (set COPYDESK_SEEDS to point at it)', () => {
  expect(all, 'seed articles not found at ../shared/seeds or $COPYDESK_SEEDS').toBeDefined();
});
