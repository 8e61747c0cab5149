/**
 * Calques and literal idioms: multi-word renderings of a source-language
 * construction that are not idiomatic English ("the main dishes to
 * remember" for key takeaways, "those responsible on both sides" for
 * officials from both sides, "in the ambit of" for as part of).
 *
 * Each entry is a word-sequence pattern (pattern.ts syntax, lower case,
 * matched on a sentence's non-space tokens), its replacements (where `$n`
 * repeats the words of the pattern's slot n: "a man of 34 years" → "a
 * 34-year-old man"), and optionally the story domains it needs, words in
 * the paragraph that make it fine (`unless`), and patterns right before or
 * after the match that make it fine (`notBefore`, `notAfter`), and `gated`
 * for a phrase to flag only in an article that already looks
 * machine-translated.
 *
 * This file holds the shapes that recur across source languages (ages,
 * dates, numbers); `calques-idioms.ts` holds literal idioms and set phrases.
 * Both are sorted by pattern. Adding one: a line in the table, and its cases
 * in test/unit/data/cases/ (CONTRIBUTING.md).
 */
import { CALQUE_CONSTRUCTIONS } from './calques-constructions.js';
import { CALQUE_IDIOMS } from './calques-idioms.js';
import { CALQUE_WIDE } from './calques-wide.js';
import { CALQUE_OFFICIALESE } from './calques-officialese.js';
import type { Domain } from './domains.js';

export interface CalqueEntry {
  /** The literal rendering, e.g. "in the ambit of" or "those responsible on|from both sides". */
  pattern: string;
  /** Idiomatic English, best first. */
  replace: readonly string[];
  domains?: readonly Domain[];
  /** Words in the paragraph that make the phrase fine. */
  unless?: readonly string[];
  /** Words anywhere in the sentence that make the phrase fine (a counterfactual's "if" or "had"). */
  notInSentence?: readonly string[];
  /** Patterns ending right before the match, or starting right after it, that make the phrase fine. */
  notBefore?: readonly string[];
  notAfter?: readonly string[];
  /** Fires only in an article that already looks machine-translated (see `SenseEntry.gated`). */
  gated?: boolean;
  /** Matches only at the start of a sentence of the body: headlines and list items drop articles in English too. */
  sentenceStart?: boolean;
  /** Source language(s) and construction: "Portuguese *no âmbito de*". */
  source: string;
}

/** Shapes that recur across source languages. */
const SHAPES: readonly CalqueEntry[] = [
  { pattern: '# billions euros|dollars|pounds|pesos|reais|rubles|roubles|yuan|yen|won|rupees|francs|people|inhabitants|residents|tonnes|tons|barrels|visitors|passengers|users|voters', replace: ['$1 billion $3'], source: 'French *2 milliards*, Spanish *2 mil millones*, Italian *2 miliardi* (2 billion)' },
  { pattern: '# billions of', replace: ['$1 billion'], source: 'French *2 milliards*, Spanish *2 mil millones*, Italian *2 miliardi* (2 billion)' },
  { pattern: '# hundred|thousand of', replace: ['$1 $2'], notAfter: ['the|them|those|these|us|you|his|her|their|its|our|my|which|whom|a|an|this|that|all|each'], source: 'Spanish *dos mil de* / Russian genitive after a number rendered with *of* (two thousand people)' },
  { pattern: '# millions euros|dollars|pounds|pesos|reais|rubles|roubles|yuan|yen|won|rupees|francs|people|inhabitants|residents|tonnes|tons|barrels|visitors|passengers|users|voters', replace: ['$1 million $3'], source: 'French *2 millions d\'euros*, Spanish *2 millones de euros*, Italian *2 milioni di euro* (2 million euros)' },
  { pattern: '# millions of', replace: ['$1 million'], source: 'French *2 millions d\'euros*, Spanish *2 millones de euros*, Italian *2 milioni di euro* (2 million euros)' },
  { pattern: '# ten thousand|thousands', replace: ['$1*10000'], notBefore: ['# ,'], source: 'Chinese *万*, Japanese *万*, Korean *만* (*wan*, *man*: a unit of ten thousand; 3.5万 is 35,000), rendered "3.5 ten thousand"' },
  { pattern: '# thousands euros|dollars|pounds|pesos|reais|rubles|roubles|yuan|yen|won|rupees|francs|people|inhabitants|residents|tonnes|tons|barrels|visitors|passengers|users|voters', replace: ['$1 thousand $3'], source: 'French *2 milliers de*, Spanish *2 miles de* (2,000; two thousand)' },
  { pattern: '# thousands of', replace: ['$1 thousand'], source: 'French *2 milliers de*, Spanish *2 miles de* (2,000; two thousand)' },
  { pattern: '# years old man|woman|boy|girl|person|youth|teenager|child|driver|motorist|victim|suspect|pensioner|retiree|minor|resident|worker|student|pedestrian|cyclist|father|mother|son|daughter|farmer|soldier|policeman|officer|tourist|patient|baby|infant|young|neighbour|neighbor|passenger|migrant|employee|journalist|teacher', replace: ['$1-year-old $4'], source: 'Word order and hyphenation of a translated age (*un hombre de 34 años* → a 34-year-old man)' },
  { pattern: '#y year', replace: ['$1'], notBefore: ['in|the|fiscal|financial|school|academic|model|tax|calendar|budget|crop|marketing|-|–'], notAfter: ['-|–|on|to|old|end|\'s|’s|plan|budget|report'], source: 'Russian *2023 года*, Chinese *2023年* (2023)' },
  { pattern: 'a|an|the man|woman|boy|girl|person|youth|teenager|child|driver|motorist|victim|suspect|pensioner|retiree|minor|resident|worker|student|pedestrian|cyclist|father|mother|son|daughter|farmer|soldier|policeman|officer|tourist|patient|baby|infant|young|neighbour|neighbor|passenger|migrant|employee|journalist|teacher of # years', replace: ['$1 $4-year-old $2'], notAfter: ['\'|’|of|experience|service|standing|marriage|age|old'], source: 'Spanish *un hombre de 34 años*, French *un homme de 34 ans*, Italian *un uomo di 34 anni*, Portuguese *um homem de 34 anos* (a 34-year-old man)' },
  { pattern: 'aged of # years', replace: ['aged $3'], source: 'French *âgé de 34 ans*, Italian *di 34 anni* (aged 34)' },
  { pattern: 'at the age of # years', replace: ['at the age of $5'], source: 'French *à l\'âge de 80 ans*, Spanish *a la edad de 80 años* (at the age of 80; English drops *years*)' },
  { pattern: 'by # to #', replace: ['$2-$4'], domains: ['sport'], source: 'Spanish *por 2 a 1*, Italian *per 2 a 1*, Portuguese *por 2 a 1* (2-1), in sport stories' },
  { pattern: 'died|dies at ?the # years', replace: ['$1 at $4'], notAfter: ['old|of|ago|after|before|later|earlier'], source: 'Spanish *murió a los 80 años*, French *mort à 80 ans* (died at 80)' },
  { pattern: 'he|she|who had # years', replace: ['$1 was $3'], notAfter: ['of|in|to|as|at|on|with|for|left|ago|behind|before|after|since|until|remaining|more|experience|service|\'|’|under|without|and|or|between|back|now|already|still|earlier'], source: 'Spanish *tenía 34 años*, French *il avait 34 ans* (was 34)' },
  { pattern: 'he|she|who has # years', replace: ['$1 is $3'], notAfter: ['of|in|to|as|at|on|with|for|left|ago|behind|before|after|since|until|remaining|more|experience|service|\'|’|under|without|and|or|between|back|now|already|still'], source: 'Spanish *tiene 34 años*, French *il a 34 ans*, Italian *ha 34 anni* (is 34)' },
  { pattern: 'in #y year', replace: ['in $2'], notAfter: ['-|–|on|to|old'], source: 'Russian *в 2023 году*, Ukrainian *у 2023 році* (in 2023)' },
  { pattern: 'in|at the minute #', replace: ['in the $4th minute'], source: 'Spanish *en el minuto 93*, Italian *al minuto 93*, Portuguese *aos 93 minutos* (in the 93rd minute)' },
  { pattern: 'minister|ministry|department|secretary|councillor|councilor|council|commissioner of sanity', replace: ['$1 of Health'], source: 'Spanish *consejero de Sanidad*, Italian *ministro della Sanità* (health)' },
  { pattern: 'number one of the world', replace: ['world number one'], source: 'Spanish *número uno del mundo*, French *numéro un mondial* (world number one)' },
  { pattern: 'on # of january|february|march|april|may|june|july|august|september|october|november|december', replace: ['on $4 $2'], source: 'Spanish *el 12 de marzo*, Portuguese *em 12 de março* (on March 12)' },
  { pattern: 'since # years|months|weeks|days|decades', replace: ['for $2 $3'], source: 'French *depuis dix ans*, Spanish *desde hace diez años*, Italian *da dieci anni* (for ten years)' },
  { pattern: 'since more than # years|months|weeks|days|decades', replace: ['for more than $4 $5'], source: 'French *depuis plus de dix ans*, Spanish *desde hace más de diez años* (for more than ten years)' },
  { pattern: 'the # first years|months|weeks|days|hours|minutes|games|matches|rounds|quarters|laps', replace: ['the first $2 $4'], source: 'Spanish *los tres primeros meses*, French *les trois premiers mois* (the first three months)' },
  { pattern: 'the # last|past years|months|weeks|days|decades|seasons', replace: ['the last $2 $4'], source: 'Spanish *los dos últimos años*, French *les deux dernières années*, Italian *gli ultimi due anni* (the last two years)' },
  { pattern: 'the # of january|february|march|april|may|june|july|august|september|october|november|december', replace: ['$4 $2'], source: 'Spanish *el 12 de marzo*, French *le 12 mars*, Italian *il 12 marzo*, Portuguese *12 de março* (March 12)' },
  { pattern: 'the day # of january|february|march|april|may|june|july|august|september|october|november|december', replace: ['$5 $3'], source: 'Spanish *el día 12 de marzo*, Portuguese *no dia 12 de março* (March 12)' },
  { pattern: 'the past|passed january|february|march|april|may|june|july|august|september|october|november|december', replace: ['last $3'], source: 'Spanish *el pasado mes de marzo*, Portuguese *em março passado* (last March)' },
  { pattern: 'the past|passed monday|tuesday|wednesday|thursday|friday|saturday|sunday', replace: ['last $3'], source: 'Spanish *el pasado lunes*, Italian *lo scorso lunedì*, Portuguese *na última segunda-feira* (last Monday)' },
  { pattern: 'the president|premier|chancellor|minister|senator|governor|mayor|judge|prosecutor|pope @', replace: ['$C2 $3'], source: 'French *le président Macron*, Spanish *el presidente Sánchez*, Italian *il ministro Salvini*: a title before a name keeps no article in English (President Macron)' },
  { pattern: 'the years 1920|1930|1940|1950|1960|1970|1980|1990|2000|2010', replace: ['the $3s'], notAfter: ['and|to|-|–|through|until|between|of'], source: 'Spanish *los años 1990*, French *les années 1990* (the 1990s)' },
  { pattern: 'the years 20|30|40|50|60|70|80|90', replace: ['the $3s'], source: 'Spanish *los años 90*, French *les années 90*, Italian *gli anni 90* (the 1990s)' },
];

/** Every calque table, by name (the tests read each with its cases). */
export const CALQUE_TABLES: Readonly<Record<string, readonly CalqueEntry[]>> = { calques: SHAPES, 'calques-idioms': CALQUE_IDIOMS, 'calques-officialese': CALQUE_OFFICIALESE, 'calques-constructions': CALQUE_CONSTRUCTIONS, 'calques-wide': CALQUE_WIDE };

/** All calque entries. */
export const CALQUES: readonly CalqueEntry[] = Object.values(CALQUE_TABLES).flat();
