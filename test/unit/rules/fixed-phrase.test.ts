import { describe, expect, test } from 'vitest';
import { findings } from '../../helpers/lint.js';

const rule = 'fixed-phrase';
const show = (text: string): string[] => findings(text, rule).map((f) => `${f.actual} → ${f.suggestions[0]}`);

describe(rule, () => {
  test.each([
    ['Startups are betting on counterfeit intelligence to cut costs, and on cloud figuring.', ['counterfeit intelligence → artificial intelligence', 'cloud figuring → cloud computing']],
    ['Counterfeit intelligence and enterprise capital are the themes of the fair.', ['Counterfeit intelligence → Artificial intelligence', 'enterprise capital → venture capital']],
    ['The lab trains models with profound learning.', ['profound learning → deep learning']],
    ['Most firms now rent cloud figuring from large providers.', ['cloud figuring → cloud computing']],
    ['The focal bank raised rates again.', ['focal bank → central bank']],
    ['Growth in gross home product slowed.', ['gross home product → gross domestic product']],
    ['The Food and Drug Management approved the vaccine.', ['Food and Drug Management → Food and Drug Administration']],
    // Terms of finance, health, science and politics as well as technology.
    ['Investors want a level gambling field.', ['level gambling field → level playing field']],
    ['The study passed peer evaluation, and the placebo consequence was small.', ['peer evaluation → peer review', 'placebo consequence → placebo effect']],
    // Terms of parliaments, courts, medicine and weather, and set phrases of news prose.
    ['The bill passed on a voice poll, and the suspect was kept under house detention.', ['voice poll → voice vote', 'house detention → house arrest']],
    ['The patient was put on existence support after a flash deluge hit the town.', ['existence support → life support', 'flash deluge → flash flood']],
    ['In different words, the plan failed. Last however not least, the chief resigned.', ['In different words → In other words', 'Last however not least → Last but not least']],
    // Phrases with a number, and a participle swapped for its verb's synonym ("controlled" → "managed").
    ['People with kind 2 diabetes took part in a randomised managed trial.', ['kind 2 diabetes → type 2 diabetes', 'randomised managed trial → randomised controlled trial']],
    // A hyphenated word is split at its hyphens, and the fix keeps them.
    ['Workers saw their take-residence pay fall as the counterfeit intelligence boom went on.', ['take-residence pay → take-home pay', 'counterfeit intelligence → artificial intelligence']],
  ])('flags %j', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });

  test.each([
    'The key bank in the region raised rates.',
    'Air pressure fell before the storm.',
    'Type 2 diabetes is rising, and the trial was carefully managed.',
    'Each kind of diabetes needs a different trial.',
    'The trade relations between the two improved.',
    'Interest rates rose again, the central bank said.',
    'The Strategic Air Command was disbanded.',
    'A former minister spoke.',
    'The walls are covered with blue and white tile.',
    'Startups are betting on counterfeit intelligence to cut costs.',
    // A closed-class word is never the swapped one, and a spelling variant of a phrase is the phrase.
    'He thanked them, among other words of praise, for their patience.',
    'Operators of each data centre must report their use.',
    'The shot left a dark hole in the windscreen.',
    // Hyphenated words: the phrase itself, and a window never starts or ends inside one ("pro-focal bank" holds no "focal bank" swap).
    'Their take-home pay fell, and the state-of-the-art lab opened.',
    'The pro-focal bank lobby met.',
    // A hyphenated word alone is its own compound, and a common word in a two-word phrase is ordinary English.
    'The stones were gray with sea-damp, and the life-supporting rivers ran low.',
    'Poland signed contracts for a high-speed line and a high-speed railway.',
  ])('leaves %j alone', (text) => {
    expect(show(text)).toEqual([]);
  });

  test('a swap only word vectors link ("machine studying") is kept in a spun article, not in a clean one', () => {
    const spun = 'The lab trains models with profound learning and counterfeit intelligence. Its staff also teach machine studying to nurses.';
    const clean = 'The lab trains models with deep learning. Its staff also teach machine studying to nurses.';
    const flagged = (text: string) => findings(text).filter((f) => f.rule === 'fixed-phrase').map((f) => `${text.slice(f.start, f.end)} → ${f.suggestions[0]}`);
    expect(flagged(spun)).toEqual(['profound learning → deep learning', 'counterfeit intelligence → artificial intelligence', 'machine studying → machine learning']);
    expect(findings(spun).find((f) => f.actual === 'machine studying')?.note).toMatch(/near neighbour \(word vectors, similarity 0\.\d\d\) of `learning`/);
    expect(flagged(clean)).toEqual([]);
    // Neighbours by topic are no swap when their inflection differs from the phrase word's ("champions" for "cup",
    // "costs" for "rate", "higher" for "interest"), nor is a modal verb.
    const collocations = 'The lab trains models with profound learning and counterfeit intelligence. The world champions paid higher interest costs, and firms can trade freely.';
    expect(flagged(collocations)).toEqual(['profound learning → deep learning', 'counterfeit intelligence → artificial intelligence']);
    // Nor is a neighbour that sits naturally next to the phrase's other word: "central government" is no garbled "central bank".
    const ordinary = 'The lab trains models with profound learning and counterfeit intelligence. The central government decried the high rate of unemployment and feared world competition.';
    expect(flagged(ordinary)).toEqual(['profound learning → deep learning', 'counterfeit intelligence → artificial intelligence']);
  });

  test('a determiner is near everything by word vectors: no garbled "own goal", even in a translated article', () => {
    // All rules run, so the garbled sentence opens the gate for findings that only word vectors support.
    const text = 'The ministry has has announced the the new measures in the minute 93. The frauded victims were indagated by the polizia. He said his goal was to obtain a team.';
    expect(findings(text).filter((f) => f.rule === rule).map((f) => f.actual)).toEqual([]);
  });

  test('a very common word is near many by word vectors: no garbled "food security" or "double standard", even in a translated article', () => {
    const garbled = 'The ministry has has announced the the new measures in the minute 93. The frauded victims were indagated by the polizia.';
    const text = `${garbled} Ministers met at a summit on water security. Only three standard models were sold, and staff may match part of each pension.`;
    expect(findings(text).filter((f) => f.rule === rule).map((f) => f.actual)).toEqual([]);
  });
});
