import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/core/index.js';
import { configOf, lint } from '../../helpers/lint.js';

const rule = 'name-variants';

function across(texts: string[], settings?: Record<string, unknown>): string[] {
  return analyze(
    texts.map((text, i) => ({ uri: `doc${i + 1}.txt`, text })),
    { config: configOf(settings), only: [rule] },
  ).flatMap((r) => r.findings.map((f) => `${r.uri}: ${f.message}${f.severity === 'warning' ? '' : ` (${f.severity})`}${f.suggestions.length ? ` → ${f.suggestions[0]}` : ''}`));
}

describe(rule, () => {
  test('flags the minority spelling in one document, with the majority as the fix', () => {
    const text = 'President Park Min-jun met envoys on Monday. Park Min-jun said talks went well. Later, Park Min-Jun left for Busan.';
    expect(lint(text, rule)).toEqual(['1:88-1:100 Unexpected `Park Min-Jun`, expected `Park Min-jun` (2 mentions in this document) → Park Min-jun']);
  });

  test('flags a spelling across documents only when they are checked together', () => {
    const one = 'President Yoon Seo-jin opened the forum in Seoul on Tuesday.';
    const two = 'Officials close to President Yoon Seo Jin said the forum would become annual.';
    expect(across([one])).toEqual([]);
    expect(across([two])).toEqual([]);
    expect(across([one, two])).toEqual(['doc2.txt: Unexpected `Yoon Seo Jin`, expected `Yoon Seo-jin` (1 mention in doc1.txt) → Yoon Seo-jin']);
  });

  test('a canonical spelling from copydesk.names wins over the majority, and its listed variants map to it', () => {
    const text = 'Kim Ha-na spoke first. Kim Ha-na spoke again. Then Kim Hana replied.';
    expect(across([text], { names: { 'Kim Hana': [] } })).toEqual([
      'doc1.txt: Unexpected `Kim Ha-na`, expected `Kim Hana` (the canonical spelling in copydesk.names) → Kim Hana',
      'doc1.txt: Unexpected `Kim Ha-na`, expected `Kim Hana` (the canonical spelling in copydesk.names) → Kim Hana',
    ]);
    expect(across(['The report appeared in the Daegu Morning Star on Friday.'], { names: { 'Daegu Morning Herald': ['Daegu Morning Star'] } })).toEqual([
      'doc1.txt: Unexpected `Daegu Morning Star`, expected `Daegu Morning Herald` (the canonical spelling in copydesk.names) → Daegu Morning Herald',
    ]);
  });

  test('a name one doubled letter from a known organisation is shown for review', () => {
    expect(across(['The claim was reported by the Korea Jongang Daily on Friday.'])).toEqual([
      'doc1.txt: `Korea Jongang Daily` looks like a misspelling of `Korea JoongAng Daily` (a known name); check which is right (information) → Korea JoongAng Daily',
    ]);
  });

  test('a family name in capitals against the same name in title case', () => {
    expect(across(['The opposition legislator CHOI Min-seok criticised the plan. Choi said it would fail.'])).toEqual([
      'doc1.txt: Unexpected `CHOI Min-seok`, expected `Choi Min-seok`: the family name is written `Choi` elsewhere → Choi Min-seok',
    ]);
  });

  test('a surname alone spelled with other accents than the full name, or one doubled letter from it', () => {
    expect(across(['Turkish President Recep Tayyip Erdoğan spoke in Ankara. Erdogan said inflation would fall.'])).toEqual([
      'doc1.txt: Unexpected `Erdogan`, expected `Erdoğan`: the full name spells it so → Erdoğan',
    ]);
    expect(across(['President Volodymyr Zelensky met EU leaders in Brussels. Later, Zelenskyy said the talks had been useful.'])).toEqual([
      'doc1.txt: `Zelenskyy` looks like a misspelling of `Zelensky`, the family name of a full name in this article; check which is right (information) → Zelensky',
    ]);
  });

  test('of two long spellings one letter apart, used once each, the later is shown for review', () => {
    expect(across(['Police named the suspect as Ahmed Hassan, 34. Ahmad Hassan was arrested at his home in Leeds.'])).toEqual([
      'doc1.txt: `Ahmad Hassan` looks like a misspelling of `Ahmed Hassan` (1 mention); check which is right (information) → Ahmed Hassan',
    ]);
  });

  test('acronyms written in two cases in one document', () => {
    expect(across(['The EU and Seoul agreed. Eu officials said the EU would pay.'])).toEqual(['doc1.txt: Unexpected `Eu`, expected `EU` (2 mentions in this document) → EU']);
  });

  test.each([
    ['different people who share a family name', ['Minister Lee Sang-min spoke. His aide Lee Jon-young took notes. Lee Sang-min left.']],
    ['a surname alone and a title alone', ['Ambassador Philip Goldberg spoke. Goldberg said the ambassador would stay. The Ambassador left.']],
    ['names one letter apart that are different people', ['Kim Jong-un met Kim Jong-il in the film.', 'John Smith and Joan Smith both testified.']],
    ['house style across articles from different feeds', ['The U.S. delegation arrived.', 'The US delegation left.']],
    ['a middle initial or a plural', ['Richard M. Nixon spoke in Detroit. Richard Nixon left. Richard Nixon returned.', 'Jan Kochanek farms near Opole. The Kochaneks moved there in 1990.']],
  ])('leaves %s alone', (_, texts) => {
    expect(across(texts)).toEqual([]);
  });
});
