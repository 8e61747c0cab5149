/**
 * Finds who each sentence of a document is attributed to.
 *
 * A sentence is attributed when it holds a reporting cue with a real source:
 * "according to the UN", "police said", "said Kim", "$2 billion reported by
 * the UN", "the ministry estimated", "He said …" (the pronoun resolved to the
 * last person or body named). Attribution also reaches a sentence from
 * outside it, as news writing carries it:
 * - from the paragraph's closing attribution ("…, police said." covers the
 *   paragraph);
 * - from an adjacent sentence that opens with the speaker ("He said …"
 *   covers the sentence before it in the same paragraph);
 * - inside a quotation whose paragraph names the speaker.
 *
 * Up to 90% of news sentences are reported speech and only a third of
 * attributions are direct quotes (PARC studies), so quote marks alone are not
 * enough; but cue words reach F ≈ 0.6–0.8 on weasel and claim detection.
 */
import type { Config } from './config.js';
import { NAMED_SOURCE_VERBS, REPORTING_PHRASES, REPORTING_VERBS, SOURCE_NOUNS, SOURCE_PRONOUNS, VAGUE_PHRASES, VAGUE_SOURCES } from './data/attribution.js';
import { extractEntities, mentionAt, type Extraction, type Mention } from './entities/index.js';
import { isCommonWord, isPluralNoun } from './dictionary.js';
import { memo, type Doc } from './parse.js';
import { patterns } from './pattern.js';
import { sentenceView, type SentenceView } from './scan.js';
import type { Span } from './types.js';

/** How a sentence came to be attributed. */
export type AttributionVia = 'sentence' | 'paragraph' | 'adjacent' | 'quote';

/** The attribution of one sentence. */
export interface Attribution {
  /** The source as named, pronouns resolved ("police", "Philip Goldberg", "the UN"); undefined when none. */
  source?: string;
  via?: AttributionVia;
  /** Vague stand-ins for a source found in the sentence ("Some estimates", "reportedly"). */
  vague: (Span & { text: string })[];
  /** True when the sentence opens with its speaker and a reporting verb ("He said …"). */
  opensWithSpeaker: boolean;
  /**
   * Where the attribution stops covering the sentence, when it does before the
   * end: in '"…," said Ana Ruiz, who farms 200 hectares', the description of
   * the speaker after her name is the reporter's, not hers.
   */
  coversUntil?: number;
}

const verbs = new Set(REPORTING_VERBS);
const namedSourceVerbs = new Set(NAMED_SOURCE_VERBS);
const sourceNouns = new Set(SOURCE_NOUNS);
const vagueSources = new Set(VAGUE_SOURCES);
const pronouns = new Set(SOURCE_PRONOUNS);
const vaguePatterns = patterns(VAGUE_PHRASES);
/** Words that can stand between a source and its verb: "police also said", "Kim later told". */
const ADVERBS = new Set(['also', 'later', 'then', 'further', 'previously', 'earlier', 'separately', 'again', 'recently', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'would', 'will', 'could', 'may', 'might', 'not', 'first', 'publicly', 'privately', 'repeatedly', 'allegedly', 'reportedly']);
const QUOTE = /["“”«»]/;
/** Verbs that can follow what was said, with the speaker after them: "…, said Kim." */
const INVERTING = new Set(['said', 'says', 'told', 'added', 'noted', 'wrote', 'declared', 'stressed', 'emphasised', 'emphasized', 'asserted', 'explained', 'insisted', 'warned', 'continued', 'concluded', 'recalled', 'replied', 'asked']);
/** Verbs that end a vague cue pattern but are not part of the stand-in itself. */
const CUE_VERBS = new Set(['put']);
const DEFINITE = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
const INDEFINITE = new Set(['a', 'an', 'one', 'some', 'several', 'many', 'other', 'another']);
/** Base forms that are also nouns ("claim", "report", "estimate", "record"). */
const BASE_FORMS = /^[a-z]+$/;
const PASSIVE_BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const PREPOSITIONS = new Set(['of', 'for', 'on', 'in', 'at', 'with', 'from', 'by', 'to', 'about', 'into', 'over', 'under', 'among', 'between', 'through', 'against', 'without', 'within', 'across', 'toward', 'towards', 'upon', 'after', 'before', 'during', 'like', 'than']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'of', 'for', 'to']);
/** Groups that take part in what is reported, and so are sources of it, not stand-ins. */
const INVOLVED = new Set([
  'members', 'residents', 'staff', 'employees', 'workers', 'councillors', 'councilors', 'delegates', 'participants', 'passengers', 'students', 'teachers',
  'doctors', 'nurses', 'soldiers', 'players', 'fans', 'organisers', 'organizers', 'volunteers', 'survivors', 'witnesses', 'victims', 'parents', 'pupils',
  'farmers', 'protesters', 'demonstrators', 'strikers', 'shoppers', 'voters', 'customers', 'tenants', 'neighbours', 'neighbors', 'villagers', 'rescuers',
  // Responders at the scene speak for what they found: "firefighters said", "troopers said".
  'firefighters', 'firemen', 'paramedics', 'medics', 'troopers', 'rangers', 'officers', 'detectives', 'investigators', 'lifeguards', 'crews',
]);
/** Verbs of prediction: with a stand-in subject they make no claim of fact. */
const PREDICTING = new Set(['expect', 'expects', 'expected', 'predict', 'predicts', 'predicted', 'forecast', 'forecasts', 'project', 'projects', 'projected']);
/** Reporting participles that attribute to the subject of their clause. */
const PARTICIPLES = new Set(['adding', 'arguing', 'citing', 'claiming', 'emphasising', 'emphasizing', 'estimating', 'explaining', 'highlighting', 'insisting', 'noting', 'saying', 'stressing', 'underlining', 'underscoring', 'warning']);
/** Participles whose agent is a source: "a price cap set by the health ministry". */
const BY_PARTICIPLES = new Set([
  'set', 'compiled', 'issued', 'provided', 'given', 'supplied', 'collected', 'gathered', 'commissioned', 'conducted', 'carried', 'prepared', 'produced', 'obtained', 'seen',
  'surveyed', 'polled', 'tallied', 'measured', 'analysed', 'analyzed', 'audited', 'reviewed', 'registered', 'documented', 'tracked', 'monitored', 'verified',
]);
/** Nouns of data a source publishes: "figures from the ministry". */
const OWNED_DATA = new Set(['estimate', 'estimates', 'figures', 'forecast', 'forecasts', 'projection', 'projections', 'calculation', 'calculations', 'count', 'tally', 'data', 'statistics']);
const POSSESSIVE_PRONOUNS: Record<string, string> = { his: 'he', her: 'she', its: 'it', their: 'they' };
const DATA_NOUNS = new Set(['figures', 'data', 'statistics', 'estimates', 'records', 'numbers', 'information']);
/** Copies of a document, which is then the source: "according to a copy of the agreement". */
const COPIES = new Set(['copy', 'draft', 'transcript', 'recording', 'text', 'version', 'summary', 'letter', 'memo', 'document']);
/** Documents the parties of a story issue, sources in themselves: "according to a joint statement", "a regulatory filing". */
const ISSUED = new Set([
  'statement', 'filing', 'communique', 'communiqué', 'disclosure', 'announcement', 'decree', 'ruling', 'judgment', 'judgement', 'verdict', 'indictment', 'lawsuit', 'prospectus',
  // Court and public records: "according to a complaint filed in federal court", "a deed filed Monday at City Hall".
  'affidavit', 'autopsy', 'complaint', 'deed', 'motion', 'petition', 'subpoena', 'warrant',
]);
/** The reporters of the story itself: "a letter seen by reporters". */
const NEWSROOM = new Set(['reporters', 'journalists', 'correspondents']);
/** Documents a body publishes: "in a Eurostat report". */
const REPORTS = new Set(['report', 'survey', 'poll', 'study', 'statement', 'filing', 'census', 'audit', 'bulletin', 'release', 'forecast']);
/** Words allowed between a cue and its source's head: determiners, adjectives, nationalities. */
const MODIFIERS = /^(?:the|a|an|this|that|its|their|his|her|our|local|national|federal|state|regional|city|municipal|provincial|central|senior|chief|top|official|government|police|south|north|east|west|korean|american|british|french|chinese|japanese|[a-z]+(?:ese|ian|ish|an|i))$/;

/** Attribution of every sentence of a document (memoised per document and config). */
export function attributions(doc: Doc, config: Config): Attribution[] {
  return memo(doc, `attribution:${config.sources.verbs.join('|')}:${config.sources.names.join('|')}`, () => new Attributor(doc, config).run());
}

class Attributor {
  private readonly mentions: Mention[];
  private readonly extraction: Extraction;
  private readonly extraVerbs: ReturnType<typeof patterns>;
  private readonly trustedNames: string[];

  constructor(
    private readonly doc: Doc,
    private readonly config: Config,
  ) {
    this.extraction = extractEntities(doc);
    this.mentions = this.extraction.mentions;
    this.extraVerbs = patterns([...REPORTING_PHRASES, ...config.sources.verbs]);
    this.trustedNames = config.sources.names.map((n) => n.toLowerCase());
  }

  run(): Attribution[] {
    const out = this.doc.sentences.map((_, s) => this.sentence(s));
    // Carry attribution across sentences as news paragraphs do.
    for (const paragraph of this.doc.paragraphs) {
      const range = Array.from({ length: paragraph.last - paragraph.first }, (_, i) => paragraph.first + i);
      const closing = out[paragraph.last - 1]!;
      const quoted = range.some((s) => QUOTE.test(this.text(s)));
      const speaker = range.map((s) => out[s]!.source).find((source) => source !== undefined);
      for (const s of range) {
        const here = out[s]!;
        if (here.source) continue;
        if (closing.source && closing.via === 'sentence' && range.length > 1) Object.assign(here, { source: closing.source, via: 'paragraph' });
        else if (s + 1 < paragraph.last && out[s + 1]!.opensWithSpeaker && out[s + 1]!.source) Object.assign(here, { source: out[s + 1]!.source, via: 'adjacent' });
        else if (quoted && speaker && this.insideQuote(s)) Object.assign(here, { source: speaker, via: 'quote' });
      }
    }
    return out;
  }

  private text(s: number): string {
    const sentence = this.doc.sentences[s]!;
    return this.doc.text.slice(sentence.start, sentence.end);
  }

  /** True when the sentence lies inside a quotation that opened in it or earlier in the paragraph. */
  private insideQuote(s: number): boolean {
    const sentence = this.doc.sentences[s]!;
    const paragraph = this.doc.paragraphs[sentence.paragraph]!;
    const before = this.doc.text.slice(paragraph.start, sentence.start);
    const opens = (before.match(/["“«]/g) ?? []).length;
    const closes = (before.match(/[”»]/g) ?? []).length;
    const straight = (before.match(/"/g) ?? []).length;
    return QUOTE.test(this.text(s)) || straight % 2 === 1 || opens > closes;
  }

  private sentence(s: number): Attribution {
    const view = sentenceView(this.doc, s);
    const words = view.lower;
    const result: Attribution = { vague: [], opensWithSpeaker: false };
    const vagueCues: Span[] = [];
    for (let k = 0; k < words.length; k++) {
      const source = this.cueAt(view, k);
      if (!source) continue;
      if ('vague' in source) {
        vagueCues.push(source.vague);
        continue;
      }
      if (!result.source && source.coversUntil !== undefined) result.coversUntil = source.coversUntil;
      result.source ??= source.name;
      result.via = 'sentence';
      if (source.opening) result.opensWithSpeaker = true;
    }
    // "Emphasising that …, Goldberg called for …": a reporting participle takes the clause's named subject.
    if (!result.source && words.some((w) => PARTICIPLES.has(w))) {
      const subject = view.tokens.map((t) => mentionAt(this.extraction, t.start)).find((m) => m && m.kind !== 'place');
      if (subject) Object.assign(result, { source: this.entityName(subject), via: 'sentence' });
    }
    const lowerText = this.text(s).toLowerCase();
    if (!result.source && this.trustedNames.some((name) => lowerText.includes(name))) {
      result.source = this.config.sources.names.find((n) => lowerText.includes(n.toLowerCase()));
      result.via = 'sentence';
    }
    if (!result.source) {
      // Phrase patterns ("it is believed", "reportedly") and stand-in subjects found by the cues, without overlaps.
      const found = this.vague(view);
      for (const cue of vagueCues) if (!found.some((f) => f.start < cue.end && cue.start < f.end)) found.push({ ...cue, text: this.doc.text.slice(cue.start, cue.end) });
      result.vague = found.sort((a, b) => a.start - b.start);
    }
    return result;
  }

  /**
   * The source of a reporting cue at view position k: a name, undefined when
   * there is no cue or no source, null when the cue has only a vague source.
   */
  private cueAt(view: SentenceView, k: number): { name: string; opening: boolean; coversUntil?: number } | { vague: Span } | undefined {
    const words = view.lower;
    const word = words[k]!;
    // "according to X", "reported by X", "figures from X": whatever names X is the source.
    const prepositional =
      (word === 'according' && words[k + 1] === 'to') || (word === 'by' && (verbs.has(words[k - 1] ?? '') || BY_PARTICIPLES.has(words[k - 1] ?? ''))) || (word === 'from' && DATA_NOUNS.has(words[k - 1] ?? ''));
    if (prepositional) {
      const from = word === 'according' ? k + 2 : k + 1;
      // The placeholder Copydesk's fix inserts stands for the source until the editor fills it in.
      if (view.tokens[from]?.text === '[' && view.lower[from + 1] === 'source') return { name: '[source]', opening: false };
      // "according to a report by analytics firm Chainalysis": a name further on settles it.
      for (let m = from; m < Math.min(view.tokens.length, from + 8) && view.tokens[m]!.kind === 'word'; m++) {
        const named = mentionAt(this.extraction, view.tokens[m]!.start);
        if (named && named.kind !== 'place') return { name: this.entityName(named), opening: false };
      }
      // "according to a copy of the agreement": a document is its own source; "seen by reporters": the newsroom saw it.
      if (INDEFINITE.has(words[from] ?? '') && [1, 2, 3].some((n) => ISSUED.has(words[from + n] ?? '') && view.tokens.slice(from + 1, from + n).every((t) => t.kind === 'word'))) return { name: this.doc.text.slice(view.tokens[from]!.start, view.tokens[Math.min(view.tokens.length - 1, from + 3)]!.end), opening: false };
      if (INDEFINITE.has(words[from] ?? '') && COPIES.has(words[from + 1] ?? '') && words[from + 2] === 'of') return { name: this.doc.text.slice(view.tokens[from]!.start, view.tokens[Math.min(view.tokens.length - 1, from + 4)]!.end), opening: false };
      if (word === 'by' && NEWSROOM.has(words[from] ?? '')) return { name: view.tokens[from]!.text, opening: false };
      const found = this.sourceAt(view, from, 1, true);
      if (found === null) return { vague: { start: view.tokens[k]!.start, end: view.tokens[Math.min(view.tokens.length - 1, from)]!.end } };
      return found ? { name: found.name, opening: false } : undefined;
    }
    // "in the latest NBS figures", "in a Eurostat report": a named body's data.
    if (word === 'in') {
      for (let m = k + 1; m < Math.min(view.tokens.length, k + 6) && view.tokens[m]!.kind === 'word'; m++) {
        if (!DATA_NOUNS.has(words[m]!) && !REPORTS.has(words[m]!)) continue;
        for (let n = k + 1; n < m; n++) {
          const named = mentionAt(this.extraction, view.tokens[n]!.start);
          if (named && named.kind !== 'place') return { name: this.entityName(named), opening: false };
        }
        break;
      }
    }
    // "his estimate that …", "the ministry's figures": an owned estimate names its owner.
    if (OWNED_DATA.has(word) && k > 0) {
      const owner = view.tokens[k - 1]!;
      const pronoun = POSSESSIVE_PRONOUNS[owner.lower];
      if (pronoun) return { name: this.resolvePronoun(pronoun, owner.start) ?? owner.lower, opening: false };
      const mention = /['’]s?$/.test(owner.text) ? mentionAt(this.extraction, owner.start) : undefined;
      if (mention && mention.kind !== 'place') return { name: this.entityName(mention), opening: false };
    }
    if (!verbs.has(word) && !this.extraVerbs.some((p) => p.matchAt(words, k) > k)) return undefined;
    // A base form is a verb only after a plural subject and before its object: "Insurers estimate that …",
    // not "the average claim has reached …".
    if (BASE_FORMS.test(word) && verbs.has(`${word}s`)) {
      const before = view.tokens[k - 1];
      const after = words[k + 1];
      if (!before || (!isPluralNoun(before.lower.replace(/['’]$/, '')) && !['they', 'we', 'i', 'you'].includes(before.lower)) || (after && AUXILIARIES.has(after))) return undefined;
    }
    // Inverted: "…, said Kim." / "…," said Ms. Eun-Ju Kim of the ITU.
    const after = this.sourceAt(view, k + 1, 1, false);
    const previous = view.tokens[k - 1];
    if (after && INVERTING.has(word) && (this.endsClause(view, k + 1, after.length) || (previous && /^[,"”’»]$/.test(previous.text)))) {
      const last = view.tokens[k + after.length]!;
      const describes = view.tokens[k + after.length + 1]?.text === ',' && /^(?:who|whose|which|a|an|the)$/.test(view.lower[k + after.length + 2] ?? '');
      return { name: after.name, opening: false, ...(describes ? { coversUntil: last.end } : {}) };
    }
    // The subject before the verb, over auxiliaries, adverbs and an apposition: "police also said",
    // "Amina Rahman, 47, said", "the hospital's director, Dr. Kamrul Hasan, said".
    let j = k - 1;
    let skippedComma = false;
    for (;;) {
      while (j >= 0 && (ADVERBS.has(words[j]!) || words[j] === ',' || /^\d+$/.test(words[j]!))) {
        if (words[j] === ',') skippedComma = true;
        j--;
      }
      // Skip a parenthesis: "The German Weather Service (DWD) said".
      if (j >= 0 && words[j] === ')') {
        while (j >= 0 && words[j] !== '(') j--;
        j--;
        continue;
      }
      break;
    }
    // A passive ("Changes of address are noted …") reports the thing, not who says it.
    if (/ed$/.test(word) && PASSIVE_BE.has(words[k - 1] ?? '')) return undefined;
    // "A survey of 2,000 households found", "its latest survey of market participants showed": the head before "of" is the subject.
    for (let m = j; m > 0 && m >= j - 5 && view.tokens[m]!.kind === 'word'; m--) {
      if (words[m] !== 'of') continue;
      const head = this.sourceAt(view, m - 1, -1, false);
      if (head) return { name: head.name, opening: this.isOpening(view, m - head.length) };
      break;
    }
    const before = this.sourceAt(view, j, -1, false);
    // Predictions ("Forecasters expect calmer weather") are not claims a source must stand behind, and a
    // stand-in across a comma is not the verb's subject ("…for two decades, said Seo Ji Hun").
    if (before === null && (PREDICTING.has(word) || namedSourceVerbs.has(word) || skippedComma)) return undefined;
    if (before === null) {
      // The stand-in and its verb: "Insurers estimate", "Residents' groups say".
      let from = j;
      while (from > 0 && view.tokens[from - 1]!.kind === 'word' && j - from < 3 && !ADVERBS.has(words[from - 1]!) && !verbs.has(words[from - 1]!) && !PREPOSITIONS.has(words[from - 1]!)) from--;
      // After a preposition the plural is no subject: "the undersecretary for economic affairs told …".
      if (PREPOSITIONS.has(words[from - 1] ?? '')) return undefined;
      return { vague: { start: view.tokens[Math.max(0, from)]!.start, end: view.tokens[k]!.end } };
    }
    if (before) return { name: before.name, opening: this.isOpening(view, j - before.length + 1) };
    // The verb's subject is further back ("Fortier, 61, thanked volunteers … and repeated her promise"):
    // a person or body that opens the sentence.
    const opener = view.tokens.find((t) => t.kind === 'word');
    const found = opener && mentionAt(this.extraction, opener.start);
    const mention = found && found.kind !== 'place' && found.end <= view.tokens[k]!.start ? found : undefined;
    return mention ? { name: this.entityName(mention), opening: true } : undefined;
  }

  /** True when view position k starts the sentence (after an opening quote). */
  private isOpening(view: SentenceView, k: number): boolean {
    for (let i = 0; i < k; i++) if (view.tokens[i]!.kind === 'word') return false;
    return true;
  }

  /** True when the phrase at [k, k+length) ends a clause (punctuation or the sentence end follows). */
  private endsClause(view: SentenceView, k: number, length: number): boolean {
    const next = view.tokens[k + length];
    return !next || next.kind === 'punct';
  }

  /**
   * A source phrase starting (dir 1) or ending (dir -1) at view position k:
   * an entity mention, a pronoun, or a short noun phrase headed by a source
   * noun ("the ministry", "South Korean police"). With `open`, any
   * capitalised words count too ("according to Measuring the Information
   * Society Report"). Returns null for a vague source ("experts", "some
   * estimates"), undefined for none.
   */
  private sourceAt(view: SentenceView, k: number, dir: 1 | -1, open: boolean): { name: string; length: number } | null | undefined {
    for (let i = k, n = 0; i >= 0 && i < view.tokens.length && n < 5; i += dir, n++) {
      const token = view.tokens[i]!;
      if (token.kind !== 'word') return undefined;
      const lower = token.lower.replace(/['’]s$/, '');
      const mention = mentionAt(this.extraction, token.start);
      if (mention) {
        // The whole mention counts toward the phrase: "said Ms. Eun-Ju Kim, …" ends the clause after "Kim".
        let j = i;
        while (j + dir >= 0 && j + dir < view.tokens.length && view.tokens[j + dir]!.start < mention.end && view.tokens[j + dir]!.end > mention.start) j += dir;
        return { name: this.entityName(mention), length: Math.abs(j - k) + 1 };
      }
      if (n === 0 && pronouns.has(lower)) {
        const resolved = this.resolvePronoun(lower, token.start);
        // "It is believed …", "they say …" with nobody named before: a stand-in, not a source.
        if (!resolved && (lower === 'it' || lower === 'they')) return null;
        return { name: resolved ?? lower, length: 1 };
      }
      // "A Highway Department source": an anonymous source described by the body it belongs to is a source.
      if ((vagueSources.has(lower) || lower === 'source') && dir === -1 && i > 0 && mentionAt(this.extraction, view.tokens[i - 1]!.start)?.kind === 'organization') {
        return { name: this.doc.text.slice(view.tokens[i - 1]!.start, token.end), length: n + 2 };
      }
      if (vagueSources.has(lower)) return null;
      if (n === 0 && dir === 1 && INDEFINITE.has(lower) && !open) return null; // "said a source"
      if (open && n === 0 && INDEFINITE.has(lower)) return null; // "according to some estimates", "according to some industry trackers"
      // A bare plural names nobody: "Insurers estimate", "according to relatives of patients", "Residents' groups say".
      if (n === 0 && this.barePlural(view, i, dir)) return null;
      if (sourceNouns.has(lower) || (open && /^\p{Ll}/u.test(token.text) && !MODIFIERS.test(lower) && !INDEFINITE.has(lower)) || (dir === -1 && this.definiteHead(view, i))) {
        const a = dir === 1 ? view.tokens[k]! : token;
        const b = dir === 1 ? token : view.tokens[k]!;
        if (dir === -1) {
          // Take the whole noun phrase back to its determiner: "the airport operator".
          let m = i;
          while (m > 0 && view.tokens[m - 1]!.kind === 'word' && n + (i - m) < 5 && !ADVERBS.has(view.lower[m - 1]!)) m--;
          return { name: this.doc.text.slice(view.tokens[m]!.start, b.end), length: n + 1 + (i - m) };
        }
        return { name: this.doc.text.slice(a.start, b.end), length: n + 1 };
      }
      if (open && /^\p{Lu}/u.test(token.text)) return { name: token.text, length: n + 1 };
      // "…," said the gas station man.
      if (dir === 1 && n > 0 && DEFINITE.has(view.lower[k]!) && /^\p{Ll}/u.test(token.text) && !ADVERBS.has(lower) && (view.tokens[i + 1]?.kind !== 'word')) {
        return { name: this.doc.text.slice(view.tokens[k]!.start, token.end), length: n + 1 };
      }
      // Only determiners and modifiers may stand between the cue and the source's head.
      if (!MODIFIERS.test(lower) && !/^\p{Lu}/u.test(token.text)) return undefined;
    }
    return undefined;
  }

  /** A plural common noun with no determiner that is not a conventional source ("police", "officials"). */
  private barePlural(view: SentenceView, i: number, dir: 1 | -1): boolean {
    const token = view.tokens[i]!;
    const lower = token.lower.replace(/['’]$/, '');
    if (!isPluralNoun(lower) || lower.length < 5 || sourceNouns.has(lower) || pronouns.has(lower) || mentionAt(this.extraction, token.start)) return false;
    // The people an event involves speak for themselves ("Members said", "Residents said"); only
    // outside commentators are stand-ins for a source ("Analysts say", "Insurers estimate").
    if (INVOLVED.has(lower)) return false;
    // A group the article has already introduced ("the committee's members … Members said") is a reference, not a stand-in.
    const singular = lower.replace(/s$/, '');
    if (this.doc.tokens.some((t) => t.kind === 'word' && t.start < token.start && (t.lower === lower || t.lower === singular))) return false;
    if (/^\p{Lu}/u.test(token.text) && !this.isOpening(view, i - (dir === -1 ? 1 : 0)) && i !== 0) return false;
    if (!isCommonWord(lower)) return false;
    // Determiners make a definite group ("the insurers", "its residents"); a possessive makes a described one.
    const previous = view.lower[i - 1];
    // "officials from both sides said": the head is further back, and it is a source.
    if (dir === -1) for (let m = i - 1; m >= Math.max(0, i - 5) && view.tokens[m]!.kind === 'word'; m--) if (sourceNouns.has(view.lower[m]!) || mentionAt(this.extraction, view.tokens[m]!.start)) return false;
    if (dir === -1 && previous && (DEFINITE.has(previous) || /^(?:\p{Lu}|\d)/u.test(view.tokens[i - 1]!.text))) return previous !== undefined && /['’]$/.test(previous);
    if (dir === 1 && previous && DEFINITE.has(previous)) return false;
    return true;
  }

  /** True for a lower-case noun with a definite determiner up to three words before it: "the force", "its annual report". */
  private definiteHead(view: SentenceView, i: number): boolean {
    const token = view.tokens[i]!;
    if (!/^\p{Ll}/u.test(token.text) || MODIFIERS.test(token.lower) || ADVERBS.has(token.lower) || pronouns.has(token.lower)) return false;
    for (let m = i - 1; m >= Math.max(0, i - 3); m--) {
      const w = view.lower[m]!;
      if (DEFINITE.has(w) || /['’]s$/.test(w)) return true;
      if (view.tokens[m]!.kind !== 'word' || INDEFINITE.has(w)) return false;
    }
    return false;
  }

  /** The full name of the entity a mention belongs to. */
  private entityName(mention: Mention): string {
    const entity = extractEntities(this.doc).entities[mention.entity];
    return entity?.name ?? mention.text;
  }

  /** He/she → the last person named before; they/it/we → the last person or body. */
  private resolvePronoun(pronoun: string, before: number): string | undefined {
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (m.start >= before) continue;
      if ((pronoun === 'he' || pronoun === 'she') && m.kind !== 'person') continue;
      if (m.kind === 'place' && pronoun !== 'it' && pronoun !== 'they') continue;
      return this.entityName(m);
    }
    return undefined;
  }

  private vague(view: SentenceView): (Span & { text: string })[] {
    const out: (Span & { text: string })[] = [];
    for (let k = 0; k < view.lower.length; k++) {
      for (const pattern of vaguePatterns) {
        const end = pattern.matchAt(view.lower, k);
        if (end <= k) continue;
        // Show the stand-in, not its verb: "Some estimates", not "Some estimates put".
        let last = end - 1;
        while (last > k && CUE_VERBS.has(view.lower[last]!)) last--;
        const start = view.tokens[k]!.start;
        const stop = view.tokens[last]!.end;
        out.push({ start, end: stop, text: this.doc.text.slice(start, stop) });
        k = end - 1;
        break;
      }
    }
    return out;
  }
}
