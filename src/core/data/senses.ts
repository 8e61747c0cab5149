/**
 * Every wrong-sense table, by name: the polysemy shared by many source
 * languages (`wrong-sense.ts`) one table per group of source languages, one by news beat, and three
 * from a sweep of the English frequency list (`senses-frequent-*`).
 * The wrong-sense rule reads `SENSES`; the tests read each table with its
 * cases (test/unit/data/cases/<table>.ts).
 */
import { ASIAN_OTHER } from './senses-asian-other.js';
import { FREQUENT_1 } from './senses-frequent-1.js';
import { FREQUENT_2 } from './senses-frequent-2.js';
import { FREQUENT_3 } from './senses-frequent-3.js';
import { NEWS } from './senses-news.js';
import { GERMANIC_SLAVIC } from './senses-germanic-slavic.js';
import { ROMANCE } from './senses-romance.js';
import { ROMANCE_2 } from './senses-romance-2.js';
import { CENTRAL_EASTERN } from './senses-central-eastern.js';
import { ASIAN_2 } from './senses-asian-2.js';
import { WEST_SOUTH_ASIA } from './senses-west-south-asia.js';
import { WRONG_SENSE, type SenseEntry } from './wrong-sense.js';

export const SENSE_TABLES: Readonly<Record<string, readonly SenseEntry[]>> = {
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
};

/** All wrong-sense entries. */
export const SENSES: readonly SenseEntry[] = Object.values(SENSE_TABLES).flat();
