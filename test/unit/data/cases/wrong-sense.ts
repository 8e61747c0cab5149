/**
 * Cases for one lexicon table (see ../lexicon.test.ts): for each entry, keyed
 * by its first form (wrong-sense tables) or its pattern (calque tables),
 * sentences it must flag with the expected first suggestion, and correct
 * English with the same words that it must leave alone.
 */
import type { LexiconCase } from '../lexicon-cases.js';
import { MT as TRANSLATED } from './context.js';

/** Context that makes a paragraph a crypto-theft story. */
const CRYPTO = 'Hackers stole bitcoin and other tokens from exchange wallets, police said.';

/** A sentence with a sense error of its own, so a gated entry's article already looks machine-translated. */
const MT = `${CRYPTO} North Korean pirates were blamed.`;

export const CASES: readonly LexiconCase[] = [
  { key: 'actual', flagged: [{ text: 'The actual government took office in May.', expected: 'current' }], correct: ['The actual number of victims is higher.'] },
  { key: 'actually', flagged: [{ text: `${MT} The suspect is actually held in a prison near Seoul.`, expected: 'currently' }], correct: ['The suspect is actually held in a prison near Seoul, not in the capital.', `${CRYPTO} The thieves were actually in Seoul all along.`] },
  { key: 'advices', flagged: [{ text: 'The ministry gave farmers several advices on the drought.', expected: 'advice' }, { text: 'The hospital bought new equipments for its intensive care unit.', expected: 'equipment' }, { text: 'Women marched in Paris against sexual violences on Saturday.', expected: 'violence' }, { text: 'The agency lacks the knowledges needed to audit the banks.', expected: 'knowledge' }], correct: ['The ministry gave farmers advice on the drought.', 'The bank sends payment advices to its suppliers by email.', 'The museum celebrates indigenous knowledges of the land.'] },
  { key: 'ancient', flagged: [{ text: 'The ancient minister was questioned by prosecutors on Monday.', expected: 'former' }], correct: ['The ancient city was rebuilt after the earthquake.', 'Visitors admired the ancient ruins of the old capital.'] },
  { key: 'assist', flagged: [{ text: 'The festival sold out, and about 120,000 spectators assisted the performances.', expected: 'attended' }, { text: 'The minister assisted to the opening ceremony.', expected: 'attended' }], correct: ['A midwife assisted at the birth.', 'Volunteers assisted the elderly residents.'] },
  { key: 'attend', flagged: [{ text: `${MT} Investors attend the decision of the court.`, expected: 'await' }], correct: ['Investors attended the court hearing in Seoul.', 'Thousands attend the final every year.', 'Investors attend the decision of the court.'] },
  { key: 'cryptographic', flagged: [{ text: `${CRYPTO} Officials warned of cryptographic platforms.`, expected: 'crypto' }], correct: ['The cryptographic keys protect the algorithm against quantum attacks, encryption experts said.'] },
  { key: 'emergency', flagged: [{ text: `${CRYPTO} The problem has acquired a renewed emergency.`, expected: 'urgency' }], correct: ['The emergency services arrived within minutes of the crash.'] },
  { key: 'eventual', flagged: [{ text: 'The report lists eventual risks for investors.', expected: 'possible' }], correct: ['The eventual winner was announced on Sunday.'] },
  { key: 'evidences', flagged: [{ text: `${TRANSLATED} Investigators found several evidences on his laptop.`, expected: 'evidence' }], correct: ['Investigators found several evidences of the theft on his laptop.', `${TRANSLATED} The ruins are grim evidences of the war.`] },
  { key: 'flight', flagged: [{ text: `${CRYPTO} They discussed the flight of funds from the exchange.`, expected: 'theft' }], correct: ['The evening flight to Jakarta was delayed, the airline said, and passengers were rebooked.', `${CRYPTO} The suspect was considered a flight risk by the court.`] },
  { key: 'magazine', flagged: [{ text: 'Police seized 40,000 counterfeit items in a magazine on the outskirts of the city, prosecutors said.', expected: 'warehouse' }], correct: ['Police said the suspect had given an interview to a magazine before his arrest.', 'Police seized a rifle and a magazine of bullets from the suspect.'] },
  { key: 'pirate', flagged: [{ text: `${CRYPTO} North Korean pirates took $310 million.`, expected: 'hackers' }], correct: ['Somali pirates seized a cargo ship off the coast and demanded a ransom for the vessel.', 'Ransomware gangs exploited the vulnerability; software pirates and state-backed hackers use similar tools.'] },
  { key: 'progresses', flagged: [{ text: `${TRANSLATED} The talks made important progresses on Monday.`, expected: 'progress' }], correct: ['The talks made important progresses on Monday.', `${TRANSLATED} As the investigation progresses, more victims come forward.`, `${TRANSLATED} The disease progresses to the lungs.`] },
  { key: 'realizer', flagged: [{ text: 'The realizer of the film won the festival prize, and the actors thanked the audience at the cinema.', expected: 'director' }], correct: ['He is a realizer of dreams, friends said.'] },
  { key: 'researches', flagged: [{ text: `${TRANSLATED} Recent researches show that the scheme failed.`, expected: 'research' }], correct: ['Recent researches show that the scheme failed.', `${TRANSLATED} She researches fraud at the university.`, `${TRANSLATED} Their researches into the hack took a year.`] },
  { key: 'sensible', flagged: [{ text: 'Councils hold sensible data on residents.', expected: 'sensitive' }], correct: ['That was a sensible decision by the ministry.'] },
  { key: 'survey', flagged: [{ text: `${CRYPTO} The agencies will improve cybercrime surveys.`, expected: 'investigations' }], correct: ['A survey of 1,000 firms found that most feared a cyberattack, and respondents asked for help.'] },
  { key: 'surveys', flagged: [{ text: 'The safety agency has opened a survey after the crash of the plane.', expected: 'investigation' }], correct: ['The institute launched a survey of 2,000 voters.', 'The agency opened a survey of 2,000 respondents.'] },
];
