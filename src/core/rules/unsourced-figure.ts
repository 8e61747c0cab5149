/**
 * unsourced-figure — "Losses reached $310 million last year." with no
 * "police said", "according to the ministry" or speaker reaching the
 * sentence.
 *
 * Flags money, percentages, rankings, and counts that make a claim (see
 * `needsSource`) in a sentence that no attribution reaches (see
 * `attribution.ts`: the sentence itself, its paragraph's closing
 * attribution, an adjacent "He said …" sentence, or a quotation). Quick
 * fixes add "according to [source]" at the end of the sentence, or mark the
 * figure as checked for the document (`copydesk.checkedFigures`).
 *
 * Deliberately not flagged:
 * - figures attributed to anyone named: "$2 billion reported by the UN",
 *   "more than 50 countries … Goldberg emphasised";
 * - headlines, which summarise the attributed body;
 * - years, dates, ordinals ("25th edition"), ages, addresses, small counts,
 *   and counts of a known set ("the 13 schools", "eight of the 10 cases");
 * - figures that lean on "some estimates" or "experts say": vague-attribution
 *   flags those.
 *
 * Shown quietly (information): counts stated as plain facts, a named
 * body's own transaction ("the association offered a $5,000 reward"), the
 * terms of a document the sentence names ("the plan would raise the base to
 * $5,000"),
 * unless the act is alleged ("accused of selling $4,700 worth of heroin").
 */
import { attributions } from '../attribution.js';
import { SOURCE_NOUNS } from '../data/attribution.js';
import { boilerplate } from '../boilerplate.js';
import type { Config } from '../config.js';
import { DURATIONS, figures, type Figure } from '../figures.js';
import type { Doc } from '../parse.js';
import type { Rule } from '../rule.js';
import { WordMatcher } from '../lexicon.js';
import { sentenceView } from '../scan.js';
import { activeDomains } from '../domain.js';
import { extractEntities, mentionAt } from '../entities/index.js';

/** True when a figure's text is on the desk's list of checked figures for this document. */
export function isCheckedFigure(config: Config, doc: Doc, text: string): boolean {
  const uri = doc.uri.replace(/\\/g, '/');
  return config.checkedFigures.some(({ path, figures }) => (path === '*' || uri === path || uri.endsWith(`/${path.replace(/^\.?\//, '')}`)) && figures.includes(text));
}

/** Verbs and nouns that make a count a claim to check: change, loss, harm, scale. */
const CLAIM_WORDS = new WordMatcher([
  'affected', 'amount*', 'arrested', 'attack*', 'averag*', 'casualt*', 'climb*', 'cost', 'costs', 'dead', 'death*', 'declin*', 'decreas*', 'detained',
  'died', 'displaced', 'doubl*', 'drop*', 'earn*', 'employ*', 'estimat*', 'evacuat*', 'exceed*', 'fell', 'fall*', 'fatalit*', 'fined', 'grew', 'grow*',
  'halved', 'hired', 'hit', 'hurt', 'increas*', 'infect*', 'injur*', 'jump*', 'killed', 'laid', 'lost', 'losing', 'loss*', 'missing', 'owe*', 'paid',
  'plung*', 'reach*', 'record*', 'rise*', 'risen', 'rising', 'rob*', 'rose', 'slump*', 'soar*', 'spen*', 'stole*', 'surg*', 'top*', 'total*',
  'tripl*', 'victim*', 'worth', 'wounded',
]);
/**
 * Verbs of a transaction that its subject makes itself: "The association
 * offered a $5,000 reward", "Union Oil will pay $60 million". The named actor
 * is the figure's natural source, so the figure is shown quietly.
 */
const OWN_ACTS = new WordMatcher([
  'allocated', 'approved', 'awarded', 'bid', 'bids', 'bought', 'budgeted', 'buy', 'buys', 'buying', 'charged', 'donated', 'earmarked', 'granted', 'invested',
  'offered', 'offering', 'offers', 'pay', 'paid', 'paying', 'pays', 'pledged', 'sell', 'selling', 'sells', 'sold',
]);
const ALLEGED = new Set(['accused', 'alleged', 'allegedly', 'charged', 'suspected', 'reportedly']);
/** Determiners before a number that make it a reference to a set already known: "the 13 schools". */
const KNOWN_SET = /(?:\b(?:the|these|those|its|their|his|her|our|of the|last|first|next|all)[ \u00A0]+)$/i;

/**
 * Figures a reader takes on trust: percentages and rankings always; money and
 * counts when the sentence makes a claim with them (rose, killed, lost, cost,
 * worth), when they are estimates ("more than 300 people"), or when they are
 * large (millions of people). Not: a count in a sports report (an observed
 * result), a number that refers to a known set ("the 13 schools"), names a
 * place ("637 Pelham Road") or gives an age.
 */
function needsSource(doc: Doc, figure: Figure): 'claim' | 'fact' | false {
  const before = doc.text.slice(Math.max(0, figure.start - 16), figure.start);
  const sport = activeDomains(doc, figure.sentence).has('sport');
  if (figure.kind === 'percent') return provision(doc, figure) ? 'fact' : 'claim';
  if (figure.kind === 'rank') return sport ? false : 'claim';
  if (KNOWN_SET.test(before) || /\b(?:age[ds]?|at)[ \u00A0]+(?:of[ \u00A0]+)?$/i.test(before)) return false;
  if (figure.kind === 'count' && (sport || (figure.unit && /^\p{Lu}/u.test(doc.text.slice(figure.amount.end).trimStart())))) return false;
  // A duration is a plain fact, even when approximate ("nearly 12 months in office").
  if (figure.kind === 'count' && figure.unit && DURATIONS.has(figure.unit)) return 'fact';
  // A small sum is a price, even when approximate ("about $2.80 a ton cheaper").
  if (figure.kind === 'money' && figure.value < 100) return false;
  const estimated = figure.start < figure.amount.start;
  if (estimated || (figure.kind === 'count' && figure.value >= 1e6)) return 'claim';
  const claim = sentenceView(doc, figure.sentence).lower.some((w) => CLAIM_WORDS.has(w));
  // Money is a claim unless it is a small price or a unit rate: "$1.80", "$12.50 a share".
  if (figure.kind === 'money') {
    if (figure.value >= 100 && (actorPays(doc, figure) || provision(doc, figure))) return 'fact';
    const rate = /^[ \u00A0]+(?:(?:a|an|per)[ \u00A0]+(?:share|unit|piece|gallon|litre|liter|pound|kilo|kilogram|ton|tonne|hour|ticket|head|barrel|ounce)\b|each\b|apiece\b)/i.test(doc.text.slice(figure.end, figure.end + 24));
    return rate ? (claim ? 'fact' : false) : 'claim';
  }
  if (claim) return figure.value >= 10 ? 'claim' : 'fact';
  // A plain count of ten or more things is a fact the editor may want sourced, shown quietly.
  return figure.value >= 10 && figure.unit ? 'fact' : false;
}

/** Documents whose terms a sentence states: "The Kennedy plan would boost the base to $5,000". */
const DOCUMENTS = new Set(['act', 'agreement', 'amendment', 'bill', 'budget', 'contract', 'deal', 'legislation', 'measure', 'ordinance', 'package', 'plan', 'program', 'programme', 'proposal', 'resolution', 'scheme', 'treaty']);
/** What a document does with its figures. */
const PROVIDES = new Set(['would', 'will', 'provides', 'provide', 'calls', 'requires', 'sets', 'includes', 'allows', 'caps', 'limits', 'raises', 'allocates', 'earmarks', 'grants']);

/**
 * True when the sentence states the terms of a document it names as its
 * subject, before the figure: "The Kennedy plan alone would boost the base to
 * $5,000", "the bill provides $2 billion". The document is the figure's
 * source, so the figure is shown quietly.
 */
function provision(doc: Doc, figure: Figure): boolean {
  const view = sentenceView(doc, figure.sentence);
  for (let k = 1; k < view.tokens.length && view.tokens[k]!.end <= figure.start; k++) {
    if (!DOCUMENTS.has(view.lower[k]!)) continue;
    // The document opens the clause with a determiner or a name: "The plan", "the Kennedy plan", "Mr. Lee's bill".
    const opener = view.lower.slice(Math.max(0, k - 3), k);
    if (!opener.some((w) => w === 'the' || w === 'this' || w === 'its' || w.endsWith("'s"))) continue;
    // Its verb follows, at most one adverb later: "the plan alone would".
    if (view.lower.slice(k + 1, k + 3).some((w) => PROVIDES.has(w))) return true;
  }
  return false;
}

/** Bodies that act for themselves, besides the sources of attribution: "the fire fighters association offered". */
const ACTORS = new Set([...SOURCE_NOUNS, 'association', 'city', 'club', 'corporation', 'county', 'foundation', 'league', 'school', 'state', 'team', 'university']);

/**
 * True when the sentence's subject (the words before its first verb of
 * transaction, before the figure) holds a named person or body, or a noun
 * of one ("the association"), but no plural stand-in.
 */
function actorPays(doc: Doc, figure: Figure): boolean {
  const view = sentenceView(doc, figure.sentence);
  const extraction = extractEntities(doc);
  for (let k = 0; k < view.tokens.length && view.tokens[k]!.end <= figure.start; k++) {
    if (!OWN_ACTS.has(view.lower[k]!)) continue;
    // "accused of selling $4,700 worth of heroin": an alleged act is a claim to source.
    if (view.lower.slice(Math.max(0, k - 3), k).some((w) => ALLEGED.has(w))) return false;
    for (let j = Math.max(0, k - 6); j < k; j++) {
      const mention = mentionAt(extraction, view.tokens[j]!.start);
      if ((mention && mention.kind !== 'place') || ACTORS.has(view.lower[j]!)) return true;
    }
    return false;
  }
  return false;
}

export const unsourcedFigure: Rule = {
  id: 'unsourced-figure',
  category: 'sourcing',
  severity: 'warning',
  safeFix: false,
  description: 'A figure (money, percentage, count, ranking) that no attribution in the text reaches',
  check(doc, report, { config }) {
    const sourced = attributions(doc, config);
    const furniture = boilerplate(doc);
    const all = figures(doc);
    all.forEach((figure, i) => {
      const sentence = doc.sentences[figure.sentence]!;
      const need = needsSource(doc, figure);
      if (doc.paragraphs[sentence.paragraph]!.heading || furniture.has(sentence.paragraph) || !need) return;
      // "734 million won ($540,000)": the converted amount is the same figure.
      const previous = all[i - 1];
      if (previous && figure.kind === 'money' && previous.kind === 'money' && /^\s*\(\s*(?:about|around|roughly|approximately|some|nearly|almost|or)?\s*$/.test(doc.text.slice(previous.end, figure.start))) return;
      const attribution = sourced[figure.sentence]!;
      const covered = attribution.source && (attribution.coversUntil === undefined || figure.start < attribution.coversUntil);
      if (covered || attribution.vague.length || isCheckedFigure(config, doc, figure.text)) return;
      const end = doc.text.slice(sentence.start, sentence.end).search(/[.!?]["”’)]*$/);
      const at = end >= 0 ? sentence.start + end : sentence.end;
      report({
        start: figure.start,
        end: figure.end,
        message: `Unsourced figure \`${figure.text}\`: no one in the text is given as its source`,
        note: 'A figure should say where it comes from ("police said", "according to the ministry"); nothing in this sentence, its paragraph or the sentence after it names a source.',
        fixes: [{ title: 'Add "according to [source]" at the end of the sentence', edits: [{ start: at, end: at, text: ', according to [source]' }] }],
        // Counts stated as plain facts are shown quietly; claims (money, percentages, losses, estimates) as warnings.
        ...(need === 'fact' ? { severity: 'information' as const } : {}),
        data: { figure: figure.text, kind: figure.kind },
      });
    });
  },
};
