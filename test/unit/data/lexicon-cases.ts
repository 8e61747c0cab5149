/**
 * Test cases for the mistranslation lexicons, one file per table in
 * ./cases/ (named as the table in src/core/data/senses.ts or calques.ts):
 * for each entry, sentences it must flag (with the expected replacement) and
 * correct English it must leave alone. lexicon.test.ts checks that every
 * entry has its record.
 */
import { CASES as CALQUES } from './cases/calques.js';
import { CASES as CALQUES_CONSTRUCTIONS } from './cases/calques-constructions.js';
import { CASES as CALQUES_IDIOMS } from './cases/calques-idioms.js';
import { CASES as CALQUES_OFFICIALESE } from './cases/calques-officialese.js';
import { CASES as ASIAN_OTHER } from './cases/senses-asian-other.js';
import { CASES as GERMANIC_SLAVIC } from './cases/senses-germanic-slavic.js';
import { CASES as FREQUENT_1 } from './cases/senses-frequent-1.js';
import { CASES as FREQUENT_2 } from './cases/senses-frequent-2.js';
import { CASES as FREQUENT_3 } from './cases/senses-frequent-3.js';
import { CASES as NEWS } from './cases/senses-news.js';
import { CASES as ROMANCE } from './cases/senses-romance.js';
import { CASES as WRONG_SENSE } from './cases/wrong-sense.js';
import { CASES as ROMANCE_2 } from './cases/senses-romance-2.js';
import { CASES as CENTRAL_EASTERN } from './cases/senses-central-eastern.js';
import { CASES as ASIAN_2 } from './cases/senses-asian-2.js';
import { CASES as WEST_SOUTH_ASIA } from './cases/senses-west-south-asia.js';
import { CASES as CALQUES_WIDE } from './cases/calques-wide.js';

export interface LexiconCase {
  /** The entry's first form (wrong-sense tables) or its pattern (calque tables). */
  key: string;
  /** Sentences (with enough context for the entry's domain) that must be flagged, and the expected first suggestion. */
  flagged: { text: string; expected: string }[];
  /** Correct English using the same words, which must not be flagged. */
  correct: string[];
}

/** Cases by table name. */
export const CASES_BY_TABLE: Readonly<Record<string, readonly LexiconCase[]>> = {
  'wrong-sense': WRONG_SENSE,
  'senses-romance': ROMANCE,
  'senses-germanic-slavic': GERMANIC_SLAVIC,
  'senses-asian-other': ASIAN_OTHER,
  'senses-romance-2': ROMANCE_2,
  'senses-central-eastern': CENTRAL_EASTERN,
  'senses-asian-2': ASIAN_2,
  'senses-west-south-asia': WEST_SOUTH_ASIA,
  'senses-news': NEWS,
  'senses-frequent-1': FREQUENT_1,
  'senses-frequent-2': FREQUENT_2,
  'senses-frequent-3': FREQUENT_3,
  calques: CALQUES,
  'calques-idioms': CALQUES_IDIOMS,
  'calques-officialese': CALQUES_OFFICIALESE,
  'calques-constructions': CALQUES_CONSTRUCTIONS,
  'calques-wide': CALQUES_WIDE,
};
