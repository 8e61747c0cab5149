import { describe, expect, test } from 'vitest';
import { lint } from '../../helpers/lint.js';

const rule = 'vague-attribution';

describe(rule, () => {
  test.each([
    ['Some estimates put the cost of fraud above the value of the drug trade.', ['1:1-1:15 Vague attribution `Some estimates`: the claim names no source']],
    ['Experts say the new law will not work.', ['1:1-1:12 Vague attribution `Experts say`: the claim names no source']],
    ['It is believed that the ship sank in minutes.', ['1:1-1:15 Vague attribution `It is believed`: the claim names no source']],
    ['The suspect reportedly fled to Thailand.', ['1:13-1:23 Vague attribution `reportedly`: the claim names no source']],
    ['Insurers estimate that the average claim has reached £9,800.', ['1:1-1:18 Vague attribution `Insurers estimate`: the claim names no source']],
    ['Around 1,200 people are thought to be sleeping rough.', ['1:21-1:38 Vague attribution `are thought to be`: the claim names no source']],
    ['Private clinics charge up to 1,500 taka, according to relatives of patients.', ['1:42-1:64 Vague attribution `according to relatives`: the claim names no source']],
  ])('flags %j', (text, expected) => {
    expect(lint(text, rule)).toEqual(expected);
  });

  test.each([
    'Experts at the World Bank said the new law would not work.',
    // Court and public records are sources in themselves.
    'The house was sold for $40,000, according to a deed filed Monday at City Hall.',
    'He took $2 million, according to a complaint filed in federal court.',
    'The suspect fled to Thailand, police said.',
    'Some residents cheered.',
    'Experts Warn Of Fraud\nThe ministry said fraud was rising.',
    'Thefts totalled $2.2 billion, according to a report by analytics firm Chainalysis.',
    'Forecasters expect calmer weather from Monday.',
    // Verbs with ordinary senses need a named subject to attribute, and a bare plural before them is no stand-in.
    'Copper lamps and woven rugs reiterate the mood of the room.',
    'Frequencies specified in the manual were used.',
    'Under the deal the sides will share data, officials from both sides said.',
    // A plural after a preposition is no subject; a passive reports the thing; "-ous"/"-ps" words are no plurals.
    'The deputy minister for consumer affairs told the committee the rules would change.',
    'Errors in spelling are noted in the margin by the copy chief.',
    'Buyers of municipal bonds with patience can perhaps find better yields.',
    'He hopes to set the most famous record in the sport next year.',
    'Bills will wait a day after they are reported to the floor.',
    'The blaze was put out within an hour and damaged only the roof, firefighters said.',
    // A document is its own source, and the newsroom that saw it names nobody vague.
    'Rents rose fastest in Seville, according to a copy of the agreement seen by reporters.',
  ])('leaves %j alone', (text) => {
    expect(lint(text, rule)).toEqual([]);
  });
});
