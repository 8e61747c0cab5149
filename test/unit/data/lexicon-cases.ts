/**
 * Test cases for the mistranslation lexicons, one record per entry: sentences
 * an entry must flag (with the expected replacement) and correct English it
 * must leave alone. Every entry of data/wrong-sense.ts, data/false-friends.ts
 * and data/calques.ts needs a record here (test/unit/data/lexicon.test.ts
 * checks). `key` is the entry's first form, or its pattern.
 */
export interface LexiconCase {
  key: string;
  /** Sentences (with enough context for the entry's domain) that must be flagged, and the expected first suggestion. */
  flagged: { text: string; expected: string }[];
  /** Correct English using the same words, which must not be flagged. */
  correct: string[];
}

const CRYPTO = 'Hackers stole bitcoin and other tokens from exchange wallets, police said.';

export const CASES: readonly LexiconCase[] = [
  { key: 'actual', flagged: [{ text: 'The actual government took office in May.', expected: 'current' }], correct: ['The actual number of victims is higher.'] },
  { key: 'assist', flagged: [{ text: 'The minister assisted to the opening ceremony.', expected: 'attended' }], correct: ['A midwife assisted at the birth.', 'Volunteers assisted the elderly residents.'] },
  { key: 'cryptographic', flagged: [{ text: `${CRYPTO} Officials warned of cryptographic platforms.`, expected: 'crypto' }], correct: ['The cryptographic keys protect the algorithm against quantum attacks, encryption experts said.'] },
  { key: 'emergency', flagged: [{ text: `${CRYPTO} The problem has acquired a renewed emergency.`, expected: 'urgency' }], correct: ['The emergency services arrived within minutes of the crash.'] },
  { key: 'eventual', flagged: [{ text: 'The report lists eventual risks for investors.', expected: 'possible' }], correct: ['The eventual winner was announced on Sunday.'] },
  { key: 'flight', flagged: [{ text: `${CRYPTO} They discussed the flight of funds from the exchange.`, expected: 'theft' }], correct: ['The evening flight to Jakarta was delayed, the airline said, and passengers were rebooked.', `${CRYPTO} The suspect was considered a flight risk by the court.`] },
  { key: 'pirate', flagged: [{ text: `${CRYPTO} North Korean pirates took $310 million.`, expected: 'hackers' }], correct: ['Somali pirates seized a cargo ship off the coast and demanded a ransom for the vessel.'] },
  { key: 'sensible', flagged: [{ text: 'Councils hold sensible data on residents.', expected: 'sensitive' }], correct: ['That was a sensible decision by the ministry.'] },
  { key: 'survey', flagged: [{ text: `${CRYPTO} The agencies will improve cybercrime surveys.`, expected: 'investigations' }], correct: ['A survey of 1,000 firms found that most feared a cyberattack, and respondents asked for help.'] },
  { key: 'the main dishes to remember', flagged: [{ text: 'The main dishes to remember: the talks ended without a deal.', expected: 'Key takeaways' }], correct: ['Key takeaways: the talks ended without a deal.'] },
  { key: 'those responsible on|from|of both sides', flagged: [{ text: 'Those responsible on both sides met in Geneva.', expected: 'Officials from both sides' }], correct: ['Officials from both sides met in Geneva.'] },
];
