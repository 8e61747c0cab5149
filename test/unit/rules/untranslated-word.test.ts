import { describe, expect, test } from 'vitest';
import { analyze } from '../../../src/core/index.js';
import { findings } from '../../helpers/lint.js';

const rule = 'untranslated-word';
const show = (text: string): string[] => findings(text, rule).map((f) => f.actual);

describe(rule, () => {
  test.each([
    ['Hackers stole $310 million in the cyber-vols of 2019.', ['vols']],
    ['The vereadores voted on the budget on Monday.', ['vereadores']],
    ['The city council approved the gezondheidsplan on Tuesday.', ['gezondheidsplan']],
    // Its nearest English word ("enquire") is two edits away, and its letters read strongly as French.
    ['Readers answered an enquete on the website.', ['enquete']],
  ])('flags %j', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });

  test.each([
    ['Minister Ramesh Verma ji said the exam had been cancelled.', ['Verma ji → Verma']],
    ['Tanaka-san told reporters that Kim-ssi had left.', ['Tanaka-san → Tanaka', 'Kim-ssi → Kim']],
    ['The plan was backed by Ibu Sri Mulyani, the finance minister.', ['Ibu Sri → Sri']],
  ])('flags the untranslated honorific in %j and offers the bare name', (text, expected) => {
    expect(findings(text, rule).map((f) => `${f.actual} → ${f.suggestions[0]}`)).toEqual(expected);
  });

  test.each([
    // A syllable of a romanised given name, a nickname made of an English word, a word not on a name.
    'Kim Hye-ji and Lam Ka-chan won, and Papa-san laughed.',
    'The san of the old town, said the guide, was ji in the dialect.',
    'The per capita income rose.',
    'He pleaded nolo contendere.',
    'A pseudynom was used.',
    'The café opened in Paris.',
    'Ministers met in Bruxelles and Den Haag.',
    'The feed contained sodium propionate and traces of guanidine.',
    // The lower-case tail of a foreign name, and English compounds of learned prefixes.
    'A retrospective opens at the Cinémathèque française next month.',
    'Socio-economic change and manmade noise were studied.',
    // Loanwords English newswire uses, though the dictionaries lack them; English with its borrowed accents.
    'The bank let the renminbi weaken and the camorra laundered the gains through a trattoria.',
    'The talks brought a brief détente, then a débâcle.',
    // A foreign word the text explains is used knowingly.
    'Doctors call it karoshi, or death from overwork.',
    'She opened a boulangerie (a bakery) in the old town.',
  ])('leaves %j alone', (text) => {
    expect(show(text)).toEqual([]);
  });

  test('a name with an honorific is listed as a person, not an organisation', () => {
    const [result] = analyze([{ uri: 'a.txt', text: 'Tanaka-san met reporters at the ministry on Monday, and investors cheered the plan.' }]);
    expect(result!.entities.filter((e) => e.name === 'Tanaka-san').map((e) => e.kind)).toEqual(['person']);
  });
});
