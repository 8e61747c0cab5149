/**
 * Acceptance on the five seed articles in ../shared/seeds (read in place,
 * never copied into the repository): the findings each issue's "done when"
 * names, and none of the false alarms it rules out.
 */
import { describe, expect, test } from 'vitest';
import { analyze, type DocumentResult } from '../../src/core/index.js';
import { seeds } from '../helpers/lint.js';

const all = seeds();

describe.runIf(all)('seed articles', () => {
  const results = analyze([...all!].map(([uri, text]) => ({ uri, text })));
  const of = (prefix: string): DocumentResult => results.find((r) => r.uri.startsWith(prefix))!;
  const pairs = (prefix: string, rule: string): string[] => of(prefix).findings.filter((f) => f.rule === rule).map((f) => `${f.actual} → ${f.suggestions[0] ?? ''}`);
  const actuals = (prefix: string, test: (rule: string, category: string) => boolean): string[] =>
    of(prefix)
      .findings.filter((f) => test(f.rule, f.category))
      .map((f) => f.actual);

  test('every seed is checked without a crash', () => {
    expect(results).toHaveLength(5);
  });

  describe('foundation rules', () => {
    test('North Korean crypto theft: repeated word, currency spacing and hyphen spacing, each with its fix', () => {
      expect(pairs('004', 'repeated-word')).toEqual(['CLORS CLORS → CLORS']);
      expect(pairs('004', 'currency-spacing')).toEqual(['$ 540,000 → $540,000', '$ 310 → $310', '$ 310 → $310', '$ 2 → $2']);
      expect(pairs('004', 'hyphen-spacing')).toEqual(['cross -border → cross-border']);
    });
  });

  describe('machine translation', () => {
    test('every garble of the crypto-theft seed is flagged as mistranslation, with the fix an editor accepts', () => {
      const found = of('004').findings.filter((f) => f.category === 'mistranslation');
      const fix = (actual: string): string[] => found.filter((f) => f.actual === actual).flatMap((f) => f.suggestions);
      expect(fix('cryptographic flight')).toContain('crypto theft');
      expect(fix('flight of cryptography')).toContain('crypto theft');
      expect(fix('pirates')).toContain('hackers');
      expect(fix('surveys')).toContain('investigations');
      expect(fix('emergency')).toContain('urgency');
      expect(fix('The main dishes to remember')).toContain('Key takeaways');
      expect(fix('frauded')).toContain('defrauded');
      expect(fix('cyberpolic')).toContain('cyber policy');
      expect(fix('allegedly alleged')).toContain('alleged');
      expect(found.map((f) => f.actual)).toEqual(expect.arrayContaining(['vols', 'South Korea, Eu Vow CYBESCURITY CLORS CLORS']));
      expect(of('004').translationScore).toBeGreaterThan(0.8);
    });

    test('nothing in the other four seeds is flagged as mistranslation', () => {
      for (const prefix of ['000', '001', '002', '003']) {
        expect(actuals(prefix, (_, category) => category === 'mistranslation')).toEqual([]);
        expect(of(prefix).translationScore).toBeLessThan(0.5);
      }
    });
  });

  describe('entities and names', () => {
    test('Yoon Suk-yeol / Yoon Suk Yeol is flagged across the two files, and only when both are checked together', () => {
      expect(actuals('002', (rule) => rule === 'name-variants')).toEqual(['Yoon Suk Yeol']);
      const alone = analyze([{ uri: 'only.txt', text: all!.get([...all!.keys()].find((k) => k.startsWith('002'))!)! }]);
      expect(alone[0]!.findings.filter((f) => f.rule === 'name-variants')).toEqual([]);
    });

    test('HA Tae-Keung vs Ha, (Kisa) and Maciej Stadejek\'s titles are flagged', () => {
      expect(actuals('004', (rule) => rule === 'name-variants')).toEqual(expect.arrayContaining(['HA Tae-Keung', 'Korea Jongang Daily']));
      expect(actuals('004', (rule) => rule === 'acronym-case' || rule === 'acronym-expansion')).toContain('Kisa');
      expect(of('004').findings.filter((f) => f.rule === 'conflicting-titles').map((f) => f.data?.person)).toEqual(['Maciej Stadejek', 'Maciej Stadejek']);
    });

    test('none of the people and bodies that are spelled consistently is flagged', () => {
      const consistency = results.flatMap((r) => r.findings.filter((f) => f.category === 'consistency').map((f) => f.actual));
      for (const name of ['Lee Sang-min', 'Lee Jon-young', 'Anne Neuberger', 'Kim Kyou-hyun', 'Philip Goldberg', 'Eun-Ju Kim', 'ISCR', 'NCSC', 'UNODC', 'ECOSOC', 'ITU']) {
        expect(consistency.some((a) => a.includes(name)), name).toBe(false);
      }
    });

    test('people, organisations, places, figures and dates are extracted, with coreference', () => {
      const entity = (prefix: string, name: string) => of(prefix).entities.find((e) => e.name === name);
      expect(entity('002', 'Philip Goldberg')).toMatchObject({ kind: 'person' });
      expect(entity('002', 'Philip Goldberg')!.mentions.length).toBeGreaterThanOrEqual(3); // "Goldberg", "the Ambassador"
      expect(entity('000', 'Yoon Suk-yeol')!.mentions.length).toBeGreaterThanOrEqual(5); // "the President", "Yoon"
      for (const name of ['Lee Sang-min', 'Lee Jon-young', 'Cho Ji-ho']) expect(entity('000', name)?.kind, name).toBe('person');
      expect(entity('004', 'HA Tae-Keung')!.mentions.length).toBe(2); // "Ha"
      expect(entity('001', 'National Intelligence Service')?.kind).toBe('organization');
      expect(entity('002', 'Seoul')?.kind).toBe('place');
      expect(entity('000', 'Aug. 27')?.kind).toBe('date');
      expect(of('004').entities.some((e) => e.kind === 'figure' && e.name === '$ 310 million' && e.source === 'HA Tae-Keung')).toBe(true);
    });
  });

  describe('sourcing and numbers', () => {
    test('the "Some estimates" claim and the pounds-sterling conversion (with the won fix) are flagged', () => {
      expect(actuals('003', (rule) => rule === 'vague-attribution')).toEqual(['Some estimates']);
      expect(pairs('004', 'currency-conversion')).toEqual(['734 million pounds Sterling → 734 million won']);
    });

    test('none of the attributed or consistent figures and dates is flagged as sourcing or numbers', () => {
      const flagged = results.flatMap((r) => r.findings.filter((f) => f.category === 'sourcing' || f.category === 'numbers').map((f) => f.actual));
      for (const figure of ['more than 50 countries', '$ 2 billion', '$ 310 million', '25th edition', 'Aug. 27', 'No. 1']) {
        expect(flagged, figure).not.toContain(figure);
      }
    });
  });
});

test('the seed folder is found (set COPYDESK_SEEDS to point at it)', () => {
  expect(all, 'seed articles not found at ../shared/seeds or $COPYDESK_SEEDS').toBeDefined();
});
