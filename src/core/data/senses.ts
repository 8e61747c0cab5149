/**
 * Every wrong-sense table, by name: the polysemy shared by many source
 * languages (`wrong-sense.ts`) and one table per group of source languages.
 * The wrong-sense rule reads `SENSES`; the tests read each table with its
 * cases (test/unit/data/cases/<table>.ts).
 */
import { ASIAN_OTHER } from './senses-asian-other.js';
import { NEWS } from './senses-news.js';
import { GERMANIC_SLAVIC } from './senses-germanic-slavic.js';
import { ROMANCE } from './senses-romance.js';
import { WRONG_SENSE, type SenseEntry } from './wrong-sense.js';

export const SENSE_TABLES: Readonly<Record<string, readonly SenseEntry[]>> = {
  'wrong-sense': WRONG_SENSE,
  'senses-romance': ROMANCE,
  'senses-germanic-slavic': GERMANIC_SLAVIC,
  'senses-asian-other': ASIAN_OTHER,
  'senses-news': NEWS,
};

/** All wrong-sense entries. */
export const SENSES: readonly SenseEntry[] = Object.values(SENSE_TABLES).flat();
