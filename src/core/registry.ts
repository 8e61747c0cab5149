/**
 * The list of rules: the single source of truth for rule ids, categories,
 * default severities and descriptions. The `copydesk.rules` settings schema
 * in package.json and the table in docs/rules.md are generated from it
 * (`npm run generate`), and a test fails when they drift.
 */
import type { Rule } from './rule.js';
import { acronymCase } from './rules/acronym-case.js';
import { acronymExpansion } from './rules/acronym-expansion.js';
import { boilerplateRule } from './rules/boilerplate.js';
import { calque } from './rules/calque.js';
import { conflictingTitles } from './rules/conflicting-titles.js';
import { currencyConversion } from './rules/currency-conversion.js';
import { currencySpacing } from './rules/currency-spacing.js';
import { dateArithmetic } from './rules/date-arithmetic.js';
import { fixedPhrase } from './rules/fixed-phrase.js';
import { garbledHeadline } from './rules/garbled-headline.js';
import { hyphenSpacing } from './rules/hyphen-spacing.js';
import { nameGarble } from './rules/name-garble.js';
import { nameVariants } from './rules/name-variants.js';
import { nonWord } from './rules/non-word.js';
import { percentSum } from './rules/percent-sum.js';
import { repeatedWord } from './rules/repeated-word.js';
import { spelling } from './rules/spelling.js';
import { stutter } from './rules/stutter.js';
import { unsourcedFigure } from './rules/unsourced-figure.js';
import { untranslatedWord } from './rules/untranslated-word.js';
import { vagueAttribution } from './rules/vague-attribution.js';
import { weekdayMismatch } from './rules/weekday-mismatch.js';
import { wrongSense } from './rules/wrong-sense.js';

/** Every rule, grouped by category in the order the docs list them. */
export const RULES: readonly Rule[] = [
  // mistranslation
  wrongSense,
  calque,
  fixedPhrase,
  nonWord,
  untranslatedWord,
  stutter,
  nameGarble,
  garbledHeadline,
  // consistency
  nameVariants,
  conflictingTitles,
  acronymExpansion,
  acronymCase,
  // sourcing
  unsourcedFigure,
  vagueAttribution,
  // numbers
  currencyConversion,
  dateArithmetic,
  weekdayMismatch,
  percentSum,
  // cleanup
  boilerplateRule,
  repeatedWord,
  spelling,
  currencySpacing,
  hyphenSpacing,
];

/** Rule ids, in registry order. */
export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

/** Looks up a rule by id. */
export function getRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
