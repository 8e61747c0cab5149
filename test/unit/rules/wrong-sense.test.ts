import { describe, expect, test } from 'vitest';
import { findings, lint } from '../../helpers/lint.js';

const rule = 'wrong-sense';

/** Context that makes a paragraph a crypto-theft story. */
const CRYPTO = 'Hackers stole bitcoin and other tokens from exchange wallets, police said.';

describe(rule, () => {
  test.each([
    [`${CRYPTO} Officials warned of the cryptographic flight of North Korea.`, ['cryptographic flight → crypto theft']],
    [`${CRYPTO} They discussed the flight of cryptography.`, ['flight of cryptography → crypto theft | theft of crypto']],
    [`${CRYPTO} North Korean pirates took $310 million.`, ['pirates → hackers']],
    [`${CRYPTO} The agencies will improve cybercrime surveys.`, ['surveys → investigations']],
    [`${CRYPTO} The problem has acquired a renewed emergency.`, ['emergency → urgency']],
    ['The actual government took office in May.', ['actual → current']],
    ['The minister assisted to the opening ceremony.', ['assisted → attended']],
    ['Councils hold sensible data on residents.', ['sensible → sensitive']],
    ['The report lists eventual risks for investors.', ['eventual → possible']],
  ])('flags %j', (text, expected) => {
    // Compare the flagged text and suggestions; positions are covered by the glossary case below.
    expect(lint(text, rule).map((s) => /Unexpected `([^`]*)`.* → (.*)$/.exec(s)!.slice(1).join(' → '))).toEqual(expected);
  });

  test.each([
    'The evening flight to Jakarta was delayed, the airline said, and passengers were rebooked.',
    `${CRYPTO} The suspect was considered a flight risk by the court.`,
    'Somali pirates seized a cargo ship off the coast and demanded a ransom for the vessel.',
    'The cryptographic keys protect the algorithm against quantum attacks, encryption experts said.',
    'A survey of 1,000 firms found that most feared a cyberattack, and respondents asked for help.',
    'The emergency services arrived within minutes of the crash.',
    'The actual number of victims is higher.',
    'A midwife assisted at the birth.',
    'That was a sensible decision by the ministry.',
    'The Pittsburgh Pirates won again, as hackers stole bitcoin from wallets.',
  ])('leaves %j alone', (text) => {
    expect(lint(text, rule)).toEqual([]);
  });

  test('a gated entry fires only in an article that already looks machine-translated', () => {
    const sentence = 'Investors attend the decision of the court.';
    expect(lint(sentence, rule)).toEqual([]);
    expect(lint(`${CRYPTO} North Korean pirates were blamed. ${sentence}`, rule).map((s) => s.replace(/^\S+ /, ''))).toEqual([
      'Unexpected `pirates` in this context, expected `hackers` → hackers',
      'Unexpected `attend` in this context, expected `await` → await',
    ]);
  });

  test('an entry whose context patterns miss still applies when the word vectors say its replacement fits the story much better (gated)', () => {
    // "teachings" (Russian *ucheniya*) lists words like large-scale, naval, began before it; none is here, but the naval story fits "exercises".
    const sentence = 'The navy said its teachings this week involve forty warships, submarines and missile crews in the northern seas.';
    const translated = `The visitors equalised in the minute 93 thanks to a header. ${sentence}`;
    // All rules run: the gate needs the article's other findings (here the calque "in the minute 93").
    const senses = (text: string) => findings(text).filter((f) => f.rule === rule);
    const [finding] = senses(translated);
    expect(finding && translated.slice(finding.start, finding.end)).toBe('teachings');
    expect(finding!.suggestions).toEqual(['exercises', 'drills']);
    expect(finding!.note).toMatch(/fit `exercises` better than `teachings` \(word vectors, margin 0\.\d\d\)/);
    // Not in an article that does not otherwise look translated…
    expect(senses(sentence)).toEqual([]);
    // …nor where the entry's `unless` words show the English sense, nor outside its domain (no military story here)…
    expect(senses('The visitors equalised in the minute 93 thanks to a header. The navy chaplain said the teachings of the church gave the crews of the warships comfort.')).toEqual([]);
    expect(senses('The visitors equalised in the minute 93 thanks to a header. The teachings of the old philosopher fill forty volumes in the northern library.')).toEqual([]);
    // …nor where the words around it fit the English sense only a little less (the margin decides): "porter" in a football story with none of its cue words.
    expect(senses('The visitors equalised in the minute 93 thanks to a header. The porter of the home club was the best player of the match, and the coach praised his defenders after the league fixture.')).toEqual([]);
    // An entry whose patterns describe a construction ("dictated a sentence" → handed down) is not judged by the vectors at all.
    expect(senses('The visitors equalised in the minute 93 thanks to a header. Police arrested the suspect, and the court will hear the case against him. Prosecutors said he followed the dictates of the cartel.')).toEqual([]);
  });

  test('applies the team glossary, limited to its domains', () => {
    const settings = { 'copydesk.glossary': { 'fiscal paradise': 'tax haven', flight: { replace: 'theft', domains: ['aviation'] } } };
    expect(lint('The firm moved its profits to a fiscal paradise.', rule, settings)).toEqual(['1:33-1:48 Unexpected `fiscal paradise` in this context, expected `tax haven` → tax haven']);
    expect(lint('The flight was cancelled.', rule, settings)).toEqual([]);
  });
});
