/**
 * wrong-sense — "the cryptographic flight of North Korea" → "crypto theft".
 *
 * Flags an English word that machine translation chose for the wrong sense
 * of a polysemous or false-friend source word, judged in context: the story's
 * domain, the words right before and after, and words nearby that show the
 * English sense is meant. The lexicon is `data/senses.ts` (its tables and
 * format are described in `data/wrong-sense.ts`); the team's
 * `copydesk.glossary` entries are applied the same way.
 *
 * An entry whose context patterns do not match can still apply by a second,
 * general test: the word vectors (vectors.ts) say that the entry's
 * replacement fits the sentence and the article much better than the word
 * ("porter" in a football report with none of the entry's cue words:
 * "goalkeeper" fits it, "porter" does not). Such findings are gated: kept
 * only in an article that already looks machine-translated.
 *
 * Adjacent hits are reported as one phrase ("cryptographic flight" →
 * "crypto theft", "flight of cryptography" → "crypto theft").
 *
 * Deliberately not flagged:
 * - the right sense in its own domain: "flight" in an airline story,
 *   "pirates" in a story about ships;
 * - capitalised words inside a sentence, which are names ("Pittsburgh Pirates").
 */
import type { Rule, Report } from '../rule.js';
import type { Doc } from '../parse.js';
import type { Config, GlossaryEntry } from '../config.js';
import { SENSES } from '../data/senses.js';
import type { SenseEntry } from '../data/wrong-sense.js';
import { activeDomains, type Domain } from '../domain.js';
import { WordMatcher } from '../lexicon.js';
import { patterns } from '../pattern.js';
import { paragraphWords, sentenceView, type SentenceView } from '../scan.js';
import { isCapitalized, matchCase } from '../text.js';
import { Context, contextVector, cosine, termVector, wordVector } from '../vectors.js';

const NEAR_WINDOW = 6;
/** Words either side of a word that make its sentence context for the vector judgement. */
const SENSE_WINDOW = 15;
/** How much the sentence counts against the whole article in that judgement. */
const SENSE_LOCAL_WEIGHT = 0.6;
/**
 * How much better (in cosine) the replacement must fit than the word. Chosen
 * on dev and on 17,950 clean Brown sentences holding a lexicon word, each
 * placed after a garbled paragraph: at 0.25 the vectors misjudged 251 of
 * them, at 0.35 86, and 38 once entries without domains were left out.
 */
const SENSE_MARGIN = 0.35;
/** Verb forms: a verb's sense turns on its arguments more than on the story's topic, which is all the vectors see. */
const VERB_FORM = /(?:ed|ing)$/;


interface Hit {
  /** Position in the sentence view. */
  at: number;
  /** One past the last view position covered (glossary phrases span several). */
  end: number;
  replacements: readonly string[];
  note: string;
  /** From a gated entry: kept only in an article that looks machine-translated. */
  gated?: boolean;
}

/** Entries by word form; a form may have several entries (one per source word and context). */
const INDEX = new Map<string, SenseEntry[]>();
for (const entry of SENSES) for (const form of Object.keys(entry.forms)) INDEX.set(form, [...(INDEX.get(form) ?? []), entry]);

const unlessMatchers = new WeakMap<SenseEntry, WordMatcher>();
const nearMatchers = new WeakMap<SenseEntry, WordMatcher>();

export const wrongSense: Rule = {
  id: 'wrong-sense',
  category: 'mistranslation',
  severity: 'warning',
  safeFix: false,
  description: 'A word in the wrong sense for its context, typical of machine translation ("cryptographic flight" for crypto theft)',
  check(doc, report, { config }) {
    const glossary = compileGlossary(config);
    doc.sentences.forEach((sentence, s) => {
      const view = sentenceView(doc, s);
      const domains = activeDomains(doc, s);
      const paragraph = paragraphWords(doc, sentence.paragraph);
      const hits: Hit[] = [];
      for (let k = 0; k < view.tokens.length; k++) {
        const token = view.tokens[k]!;
        if (token.kind !== 'word') continue;
        const glossaryHit = matchGlossary(glossary, view, k, domains);
        if (glossaryHit) {
          hits.push(glossaryHit);
          k = glossaryHit.end - 1;
          continue;
        }
        const candidates = INDEX.get(token.lower);
        if (!candidates || isName(doc, view, k)) continue;
        const entry = candidates.find((e) => fits(e, view, k, domains, paragraph));
        if (entry) {
          hits.push({ at: k, end: k + 1, replacements: entry.forms[token.lower]!, note: `${token.text}: ${entry.source}, ${entry.mechanism}.`, ...(entry.gated ? { gated: true } : {}) });
          continue;
        }
        const judged = judgeByVectors(doc, view, k, candidates, domains, paragraph);
        if (judged) hits.push(judged);
      }
      for (const finding of merge(doc, view, hits)) report(finding);
    });
  },
};

/** True when every condition of the entry holds at view position k. */
function fits(entry: SenseEntry, view: SentenceView, k: number, domains: Set<Domain>, paragraph: readonly string[]): boolean {
  if (entry.domains && !entry.domains.some((d) => domains.has(d))) return false;
  if (vetoed(entry, view, k, paragraph)) return false;
  const contextual = entry.before || entry.after || entry.near;
  if (!contextual) return true;
  if (patterns(entry.before).some((p) => p.matchBefore(view.lower, k, view.texts) >= 0)) return true;
  if (patterns(entry.after).some((p) => p.matchAt(view.lower, k + 1, view.texts) >= 0)) return true;
  if (entry.near) {
    let near = nearMatchers.get(entry);
    if (!near) nearMatchers.set(entry, (near = new WordMatcher(entry.near)));
    for (let j = Math.max(0, k - NEAR_WINDOW); j <= k + NEAR_WINDOW && j < view.lower.length; j++) {
      if (j !== k && near.has(view.lower[j]!)) return true;
    }
  }
  return false;
}

/** True when the entry's `unless`, `notBefore` or `notAfter` shows the English sense is meant. */
function vetoed(entry: SenseEntry, view: SentenceView, k: number, paragraph: readonly string[]): boolean {
  if (entry.unless) {
    let unless = unlessMatchers.get(entry);
    if (!unless) unlessMatchers.set(entry, (unless = new WordMatcher(entry.unless)));
    if (paragraph.some((w) => unless!.has(w))) return true;
  }
  if (patterns(entry.notBefore).some((p) => p.matchBefore(view.lower, k, view.texts) >= 0)) return true;
  return patterns(entry.notAfter).some((p) => p.matchAt(view.lower, k + 1, view.texts) >= 0);
}

/**
 * The second way an entry applies, when its context patterns do not match:
 * the words around it fit the entry's replacement much better than the word
 * itself, by the word vectors (vectors.ts). Judged on the sentence (words
 * within SENSE_WINDOW) and the whole article; kept only in an article that
 * already looks machine-translated (gated), because a vector margin is
 * evidence, not proof. Entries with no domains or whose domains are not the
 * story's, or whose `unless`/`notBefore`/`notAfter` veto the position, are
 * not judged, nor are verb forms in -ed/-ing, nor entries whose
 * `before`/`after` patterns describe a construction (unless `topical`): on
 * Brown sentences in translated context those gave 47 of 49 vector false
 * alarms ("the dictates of the Soviet Union" → hands down).
 */
function judgeByVectors(doc: Doc, view: SentenceView, k: number, candidates: readonly SenseEntry[], domains: Set<Domain>, paragraph: readonly string[]): Hit | undefined {
  const word = view.lower[k]!;
  if (VERB_FORM.test(word)) return undefined;
  const own = wordVector(word);
  if (!own) return undefined;
  let local: Float32Array | undefined;
  const article = articleContext(doc).vector(word);
  for (const entry of candidates) {
    // The vectors see the story's topic; an entry with no domains names no topic in which the English sense is out of place.
    if (!entry.domains?.some((d) => domains.has(d))) continue;
    // Patterns before or after the word describe a construction, which the vectors do not see ("dictated a sentence").
    if ((entry.before || entry.after) && !entry.topical) continue;
    if (vetoed(entry, view, k, paragraph)) continue;
    local ??= contextVector(view.lower.filter((_, j) => j !== k && Math.abs(j - k) <= SENSE_WINDOW));
    if (!local || !article) return undefined;
    const fit = (v: Float32Array) => SENSE_LOCAL_WEIGHT * cosine(v, local!) + (1 - SENSE_LOCAL_WEIGHT) * cosine(v, article);
    const ownFit = fit(own);
    const replacements = entry.forms[word]!;
    for (const replacement of replacements) {
      const vector = termVector(replacement);
      if (!vector) continue;
      const margin = fit(vector) - ownFit;
      if (margin < SENSE_MARGIN) continue;
      const text = view.tokens[k]!.text;
      return { at: k, end: k + 1, replacements, gated: true, note: `${text}: ${entry.source}, ${entry.mechanism}; the words around it fit \`${replacement}\` better than \`${word}\` (word vectors, margin ${margin.toFixed(2)}).` };
    }
  }
  return undefined;
}

const articleContexts = new WeakMap<Doc, Context>();

function articleContext(doc: Doc): Context {
  let context = articleContexts.get(doc);
  if (!context) articleContexts.set(doc, (context = new Context(doc.tokens.filter((t) => t.kind === 'word').map((t) => t.text.toLowerCase()))));
  return context;
}

/** A capitalised word inside a sentence (not its first word, not in a headline) is a name. */
function isName(doc: Doc, view: SentenceView, k: number): boolean {
  const token = view.tokens[k]!;
  if (!isCapitalized(token.text)) return false;
  const first = view.tokens.findIndex((t) => t.kind === 'word');
  if (k === first) return false;
  return !doc.paragraphs[doc.sentences[token.sentence]!.paragraph]!.heading;
}

/** Joins hits on adjacent words, or linked by "of", into one finding each. */
function merge(doc: Doc, view: SentenceView, hits: Hit[]): Report[] {
  const out: Report[] = [];
  for (let i = 0; i < hits.length; i++) {
    const a = hits[i]!;
    const b = hits[i + 1];
    const word = (h: Hit, n = 0): string => matchCase(view.tokens[h.at]!.text, h.replacements[n] ?? h.replacements[0]!);
    if (b && b.at === a.end) {
      out.push(finding(doc, view, a.at, b.end, [`${word(a)} ${word(b)}`], `${a.note} ${b.note}`, a.gated && b.gated));
      i++;
    } else if (b && b.at === a.end + 1 && view.lower[a.end] === 'of') {
      out.push(finding(doc, view, a.at, b.end, [`${matchCase(view.tokens[a.at]!.text, word(b).toLowerCase())} ${word(a).toLowerCase()}`, `${word(a)} of ${word(b)}`], `${a.note} ${b.note}`, a.gated && b.gated));
      i++;
    } else {
      out.push(finding(doc, view, a.at, a.end, a.replacements.map((_, n) => word(a, n)), a.note, a.gated));
    }
  }
  return out;
}

function finding(doc: Doc, view: SentenceView, from: number, to: number, suggestions: string[], note: string, gated?: boolean): Report {
  const start = view.tokens[from]!.start;
  const end = view.tokens[to - 1]!.end;
  const actual = doc.text.slice(start, end);
  return {
    start,
    end,
    message: `Unexpected \`${actual}\` in this context, expected \`${suggestions[0]}\``,
    note: `Probably a machine-translation sense error. ${note}`,
    suggestions,
    ...(gated ? { gated: true } : {}),
  };
}

interface CompiledGlossary {
  entries: { entry: GlossaryEntry; words: string[] }[];
}

const glossaries = new WeakMap<Config, CompiledGlossary>();

function compileGlossary(config: Config): CompiledGlossary {
  let compiled = glossaries.get(config);
  if (!compiled) {
    compiled = { entries: config.glossary.map((entry) => ({ entry, words: entry.wrong.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu) ?? [] })) };
    glossaries.set(config, compiled);
  }
  return compiled;
}

function matchGlossary(glossary: CompiledGlossary, view: SentenceView, k: number, domains: Set<Domain>): Hit | undefined {
  for (const { entry, words } of glossary.entries) {
    if (!words.length || words.some((w, n) => view.lower[k + n] !== w)) continue;
    if (entry.domains.length && !entry.domains.some((d) => domains.has(d as Domain))) continue;
    return { at: k, end: k + words.length, replacements: entry.right, note: `${entry.wrong}: the team glossary says \`${entry.right.join('`, `')}\`${entry.note ? ` (${entry.note})` : ''}.` };
  }
  return undefined;
}
