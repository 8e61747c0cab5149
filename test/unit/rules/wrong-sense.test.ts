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
    // "porter" lists goal, save, penalty… as nearby evidence; none is here, but the football story fits "goalkeeper".
    const sentence = 'The porter of the home club was the best player of the match, and the coach praised his defenders and the whole midfield after the league fixture.';
    const translated = `The visitors equalised in the minute 93 thanks to a header. ${sentence}`;
    // All rules run: the gate needs the article's other findings (here the calque "in the minute 93").
    const senses = (text: string) => findings(text).filter((f) => f.rule === rule);
    const [finding] = senses(translated);
    expect(finding && translated.slice(finding.start, finding.end)).toBe('porter');
    expect(finding!.suggestions).toEqual(['goalkeeper']);
    expect(finding!.note).toMatch(/fit `goalkeeper` better than `porter` \(word vectors, margin 0\.\d\d\)/);
    // Not in an article that does not otherwise look translated…
    expect(senses(sentence)).toEqual([]);
    // …nor where the story is about a hotel, nor where an entry's `unless` words show the English sense.
    expect(senses('The visitors equalised in the minute 93 thanks to a header. The porter of the old hotel carried the bags of the guests up to their rooms, and the manager thanked them for their stay.')).toEqual([]);
    // …nor where the words around it fit the English sense (no `unless` word here: the margin decides).
    expect(senses('The visitors equalised in the minute 93 thanks to a header. After the league match the fans of the club drank porter brewed in London from roasted malt and hops.')).toEqual([]);
    expect(senses('The visitors equalised in the minute 93 thanks to a header. The porter of the club building watched the match with the coach and the whole midfield.')).toEqual([]);
  });

  test('applies the team glossary, limited to its domains', () => {
    const settings = { 'copydesk.glossary': { 'fiscal paradise': 'tax haven', flight: { replace: 'theft', domains: ['aviation'] } } };
    expect(lint('The firm moved its profits to a fiscal paradise.', rule, settings)).toEqual(['1:33-1:48 Unexpected `fiscal paradise` in this context, expected `tax haven` → tax haven']);
    expect(lint('The flight was cancelled.', rule, settings)).toEqual([]);
  });
});
