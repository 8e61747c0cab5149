/**
 * Extracts the people, organisations and places a document names, with every
 * mention's offsets, and resolves surname-only and title-only mentions to the
 * full name ("Goldberg" → "Philip Goldberg", "the President" → "Yoon Suk-yeol").
 *
 * General-purpose taggers miss most East Asian names, so this combines
 * simple, explainable evidence: capitalised runs from the parse, person titles
 * ("President", "Ms.", "legislator"), organisation and place head words
 * ("Ministry", "Daily", "County"), romanised name shapes (a family name from
 * a list, then a hyphenated or spaced given name), given-name lists, WordNet's
 * places and organisations, appositions (", the director of …") and speech
 * verbs. A name keeps one kind through the document (majority of its mentions).
 */
import { activeDomains } from '../domain.js';
import { isCommonWord, isKnownWord, isOrganizationName, isPlace, isProperAdjective, zipf } from '../dictionary.js';
import { COMMON_ACRONYMS, KNOWN_ORGANIZATIONS, KNOWN_PLACES } from '../data/gazetteer.js';
import { memo, type Doc, type Token } from '../parse.js';
import { sentenceView, type SentenceView } from '../scan.js';
import type { EntityKind, Span } from '../types.js';
import { fold, isAllCaps } from '../text.js';
import { acronymDefinitions } from './acronyms.js';
import { bare, honorificSuffix, isAcronym, isAsianSurname, isConnector, isGivenName, isOrganizationHead, isPlaceHead, isRoleWord, isRomanizedGivenName, isSyllable, isTitle, nameKey } from './shape.js';

/** How a mention names its entity. */
export type MentionVia = 'name' | 'surname' | 'title' | 'acronym';

/** One mention of a person, organisation or place. */
export interface Mention extends Span {
  text: string;
  kind: Exclude<EntityKind, 'figure' | 'date'>;
  /** Index of the entity in `Extraction.entities`. */
  entity: number;
  via: MentionVia;
  /** A title written before the name ("President"), or a role in apposition after it. */
  title?: string;
  /** A role in apposition after the name: ", director of security and defense". */
  role?: string;
  sentence: number;
}

/** A person, organisation or place with all its mentions in one document. */
export interface EntityRecord {
  kind: Exclude<EntityKind, 'figure' | 'date'>;
  /** The document's most frequent full spelling. */
  name: string;
  key: string;
  /** Full-name spellings and how often each is used. */
  spellings: Map<string, number>;
  mentions: number[];
  /** Titles and roles, in text order, without repeats. */
  titles: string[];
}

export interface Extraction {
  /** Mentions in text order. */
  mentions: Mention[];
  entities: EntityRecord[];
}

/** The mention covering an offset, by binary search over the text-ordered mentions. */
export function mentionAt(extraction: Extraction, offset: number): Mention | undefined {
  const list = extraction.mentions;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = list[mid]!;
    if (offset < m.start) hi = mid - 1;
    else if (offset >= m.end) lo = mid + 1;
    else return m;
  }
  return undefined;
}

/** A candidate name: view positions [from, to) in one sentence. */
interface Run {
  sentence: number;
  view: SentenceView;
  from: number;
  to: number;
}

const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'declared', 'stressed', 'noted', 'emphasised', 'emphasized', 'asserted', 'argued', 'explained', 'warned', 'insisted', 'recalled', 'wrote', 'tweeted', 'announced', 'acknowledged', 'admitted', 'claimed', 'alleged', 'urged', 'underscored', 'highlighted', 'pledged', 'criticized', 'criticised', 'proposed', 'replied', 'continued', 'concluded']);
const LOCATIVE = new Set(['in', 'at', 'from', 'to', 'near', 'across', 'throughout', 'outside', 'inside', 'via', 'toward', 'towards']);
const QUOTES = /^["“”'‘’«»(\[]$/;
const PARTICLES = new Set(['al', 'bin', 'da', 'de', 'del', 'della', 'der', 'des', 'di', 'du', 'el', 'la', 'le', 'van', 'von', 'y']);
/** Words after a comma that start a clause, not an apposition. */
const ROLE_STOPS = new Set(['as', 'who', 'which', 'that', 'and', 'but', 'or', 'is', 'was', 'has', 'had', 'said', 'says', 'however', 'then', 'now', 'too', 'also', 'in', 'at', 'on', 'for', 'with', 'from', 'by']);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'rev', 'sir', 'dame', 'messrs', 'mme', 'mlle']);
/** Closed-class words that open sentences and never names. */
const OPENERS = new Set(['after', 'again', 'also', 'although', 'and', 'as', 'at', 'because', 'before', 'but', 'by', 'during', 'for', 'from', 'however', 'if', 'in', 'into', 'meanwhile', 'nor', 'now', 'of', 'on', 'once', 'or', 'since', 'so', 'still', 'then', 'though', 'thus', 'to', 'under', 'unless', 'until', 'when', 'where', 'whether', 'while', 'with', 'within', 'without', 'yet']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);

/** Extracts the entities of a document (memoised). */
export function extractEntities(doc: Doc): Extraction {
  return memo(doc, 'entities', () => new Extractor(doc).run());
}

class Extractor {
  private readonly mentions: Mention[] = [];
  private readonly entities: EntityRecord[] = [];
  private readonly byKey = new Map<string, number>();
  /** Mentions whose kind is still open: single unknown words, resolved at the end. */
  private readonly pending: { run: Run; text: string; span: Span }[] = [];
  private readonly titleMentions: { span: Span; title: string; sentence: number; text: string }[] = [];
  private readonly acronymKinds = new Map<string, string>();
  /** Folded name words of people with full names → their entity indices, for surname look-ups. */
  private readonly byNameWord = new Map<string, number[]>();

  constructor(private readonly doc: Doc) {}

  run(): Extraction {
    for (const def of acronymDefinitions(this.doc)) this.acronymKinds.set(def.short.text, def.long.text);
    for (let s = 0; s < this.doc.sentences.length; s++) {
      const view = sentenceView(this.doc, s);
      for (const run of this.runs(s, view)) this.classify(run);
      this.collectTitleMentions(s, view);
    }
    this.resolvePending();
    this.resolveTitles();
    this.unifyKinds();
    // Mentions in text order; entities keep pointing at the same mentions.
    const order = this.mentions.map((_, i) => i).sort((a, b) => this.mentions[a]!.start - this.mentions[b]!.start);
    const position = new Map(order.map((old, now) => [old, now]));
    for (const entity of this.entities) entity.mentions = entity.mentions.map((m) => position.get(m)!).sort((a, b) => a - b);
    return { mentions: order.map((i) => this.mentions[i]!), entities: this.entities };
  }

  /** Capitalised runs of a sentence, with connectors ("of", "&") inside names. */
  private runs(sentence: number, view: SentenceView): Run[] {
    const heading = this.doc.paragraphs[this.doc.sentences[sentence]!.paragraph]!.heading;
    const out: Run[] = [];
    const tokens = view.tokens;
    let k = 0;
    while (k < tokens.length) {
      if (!this.isNameWord(tokens[k]!, heading)) {
        k++;
        continue;
      }
      let to = k + 1;
      while (to < tokens.length && !endsWithPossessive(tokens[to - 1]!)) {
        const token = tokens[to]!;
        if (this.isNameWord(token, heading)) {
          to++;
          continue;
        }
        const connector = token.lower === '&' || (token.kind === 'word' && isConnector(token.text));
        if (!connector || to + 1 >= tokens.length || !this.isNameWord(tokens[to + 1]!, heading)) break;
        if (!this.connectorJoins(tokens, k, to, heading)) break;
        to += 2;
      }
      out.push({ sentence, view, from: k, to });
      k = to;
    }
    return out;
  }

  /**
   * A connector stays inside a name when a head word makes the whole an
   * organisation or place: "Ministry of Foreign Affairs", "Office on Drugs
   * and Crime", "Internet & Security Agency". Name particles ("de", "van")
   * always join; nothing joins after a complete person's name.
   */
  private connectorJoins(tokens: Token[], from: number, at: number, heading: boolean): boolean {
    const word = tokens[at]!.lower;
    if (isMonthOrDay(tokens[at + 1]!.text)) return false; // "Commission on Tuesday"
    if (PARTICLES.has(word)) return true;
    const previous = tokens[at - 1]!;
    if (isRomanizedGivenName(previous.text)) return false;
    if (word === '&') return true;
    const before = tokens.slice(from, at);
    const beforeHasHead = before.some((t) => isOrganizationHead(t.text) || isPlaceHead(t.text));
    const continuation: Token[] = [];
    for (let j = at + 1; j < tokens.length && this.isNameWord(tokens[j]!, heading); j++) continuation.push(tokens[j]!);
    const continuationHasHead = continuation.some((t) => isOrganizationHead(t.text) || isPlaceHead(t.text));
    if (word !== 'and') return beforeHasHead || continuationHasHead;
    // "Economic and Social Council", "Office on Drugs and Crime"; but not "General Assembly and Economic…" (two names).
    if (isOrganizationHead(previous.text) || isPlaceHead(previous.text)) return false;
    return continuationHasHead || (beforeHasHead && continuation.length <= 2);
  }

  private isNameWord(token: Token, heading: boolean): boolean {
    if (token.kind !== 'word' || token.text === 'I' || /^I['’]/.test(token.text)) return false;
    const text = token.text;
    if (!/^\p{Lu}/u.test(text) && !/^\p{Ll}+\p{Lu}/u.test(text)) return false;
    if (/^\d/.test(text)) return false;
    // "UN-sponsored", "Seoul-based": an adjective, unless both halves are name syllables ("Jong-in").
    if (/-\p{Ll}+$/u.test(text) && !isRomanizedGivenName(text) && isCommonWord(text.slice(text.lastIndexOf('-') + 1))) return false;
    // Shouted words are not acronyms: "CYBESCURITY".
    if (isAllCaps(text) && text.replace(/[^\p{L}]/gu, '').length > 6 && !isKnownPlace(text) && !isKnownOrganization(text)) return false;
    // In a title-case headline every word is capitalised: only unusual words start names there.
    if (heading && !isAllCaps(text) && isCommonWord(bare(text)) && !isPlace(text) && !isGivenName(text)) return false;
    return true;
  }

  /** Decides what a run names and records its mentions. */
  private classify(run: Run): void {
    const tokens = run.view.tokens;
    let from = run.from;
    const to = run.to;
    // Sentence openers are capitalised anyway: drop common words there unless the run is a known name.
    while (from < to && (DETERMINERS.has(tokens[from]!.lower) || (this.opensSentence(run, from) && OPENERS.has(tokens[from]!.lower)) || (this.opensSentence(run, from) && this.ordinaryOpener(tokens, from, to)))) from++;
    // Nationality words alone ("Korean", "North Korean") are adjectives, not entities.
    if (from >= to || tokens.slice(from, to).every((t) => isProperAdjective(bare(t.text).replace(/^./, (c) => c.toUpperCase())) || ['north', 'south', 'east', 'west'].includes(t.lower))) return;
    const words = tokens.slice(from, to);
    if (words.every((t) => isMonthOrDay(t.text))) return;
    if (words.length === 1 && isTitle(words[0]!.text)) return; // "the President": a title mention, resolved later

    const person = this.personTail(tokens, from, to);
    const lastWord = tokens[to - 1]!;
    const headed = isOrganizationHead(lastWord.text) || isPlaceHead(lastWord.text);
    if (person) {
      if (person.from > from) {
        const prefix = tokens.slice(from, person.from);
        if (prefix.some((t) => isTitle(t.text))) {
          this.add(run, person.from, to, 'person', 'name', textOf(this.doc, prefix));
          return;
        }
        this.classify({ ...run, from, to: person.from });
      }
      this.add(run, person.from, to, 'person', 'name', undefined, this.roleAfter(run, to));
      return;
    }
    // A title, then a name: "Ambassador Goldberg", "Ms. Kim".
    const lastTitle = headed ? -1 : lastIndex(words, (t) => isTitle(t.text));
    if (lastTitle >= 0 && lastTitle < words.length - 1 && words.slice(lastTitle + 1).every((t) => !isOrganizationHead(t.text) && !isConnector(t.lower))) {
      const nameFrom = from + lastTitle + 1;
      const kind = 'person';
      if (nameFrom - from === 1 || words.slice(0, lastTitle + 1).every((t) => isTitle(t.text) || t.kind === 'word')) {
        this.add(run, nameFrom, to, kind, to - nameFrom === 1 ? 'surname' : 'name', textOf(this.doc, tokens.slice(from, nameFrom)));
        return;
      }
    }
    // A title with no name is a role, not an entity: "Regional Director for Asia", "Minister of Public Administration".
    if ((!headed || (isTitle(words[0]!.text) && words[1] && isConnector(words[1].lower))) && words.some((t) => isTitle(t.text)) && !isKnownOrganization(textOf(this.doc, words))) return;
    const text = textOf(this.doc, words);
    const kind = this.kindOf(run, from, to, text);
    // Headlines capitalise everything: keep only names known or repeated in the text.
    if (kind && this.inHeading(run) && !isKnownPlace(text) && !isKnownOrganization(text) && this.doc.text.split(text).length < 3) return;
    // A head word alone ("Office", "Police") is a common noun, not a name.
    if (words.length === 1 && headed && !isKnownOrganization(text)) return;
    if (kind) this.add(run, from, to, kind, words.length === 1 && isAcronym(words[0]!.text) ? 'acronym' : 'name', undefined, kind === 'person' ? this.roleAfter(run, to) : undefined);
    else if (words.length === 1) this.pending.push({ run: { ...run, from, to }, text, span: spanOf(words) });
  }

  private inHeading(run: Run): boolean {
    return this.doc.paragraphs[this.doc.sentences[run.sentence]!.paragraph]!.heading;
  }

  /** True when view position k starts the sentence (after any opening quote or bracket). */
  private opensSentence(run: Run, k: number): boolean {
    for (let j = 0; j < k; j++) if (!QUOTES.test(run.view.tokens[j]!.text) && run.view.tokens[j]!.kind !== 'punct') return false;
    return true;
  }

  /** A sentence-opening word that is an ordinary English word, not part of a known name. */
  private ordinaryOpener(tokens: Token[], from: number, to: number): boolean {
    const word = tokens[from]!;
    if (isAcronym(word.text) || isGivenName(word.text) || isAsianSurname(word.text) && from + 1 < to && (isRomanizedGivenName(tokens[from + 1]!.text) || isSyllable(tokens[from + 1]!.text))) return false;
    if (!isCommonWord(bare(word.text))) return false;
    if (isTitle(word.text) && to - from > 1) return false; // "President Yoon Suk-yeol attended"
    if (to - from === 1 && this.personBySurname(word.text, word.start) !== undefined) return false; // "Ha allegedly alleged"
    const whole = textOf(this.doc, tokens.slice(from, to)).replace(/['’]s?$/, '');
    // WordNet's organisations include senses of common words ("International"): only places and our own list count here.
    if (isKnownPlace(whole) || KNOWN_ORGANIZATIONS.has(whole) || (to - from > 1 && isOrganizationName(whole))) return false;
    if (to - from > 1 && tokens.slice(from + 1, to).some((t) => isOrganizationHead(t.text) || isPlaceHead(t.text))) return false;
    if (to - from > 1 && isKnownPlace(word.text)) return false;
    return true;
  }

  /** A person's name at the end of a run: East Asian or Western shape. */
  private personTail(tokens: Token[], from: number, to: number): { from: number } | undefined {
    const n = to - from;
    const t = (i: number): string => tokens[to - i]!.text.replace(/['’]s?$/, '');
    if (tokens.slice(from, to).some((x) => isOrganizationHead(x.text))) {
      // Names follow a title that may hold a head word ("Minister of Public Administration and Security Lee Sang-min").
      if (n < 3) return undefined;
    }
    if (n >= 2 && isRomanizedGivenName(t(1)) && isAsianSurname(t(2))) return { from: to - 2 }; // Lee Sang-min, HA Tae-Keung
    if (n >= 3 && isSyllable(t(1)) && isSyllable(t(2)) && isAsianSurname(t(3)) && zipf(t(1)) < 4) return { from: to - 3 }; // Yoon Suk Yeol, Seo Ji Hun
    if (n >= 2 && isAsianSurname(t(1)) && isRomanizedGivenName(t(2))) return { from: to - 2 }; // Eun-Ju Kim
    // A given name, then an East Asian family name that is also a head word: "Mina Park", "Daniel Song".
    if (n === 2 && isAsianSurname(t(1)) && isGivenName(t(2))) return { from: to - 2 };
    if (tokens.slice(from, to).some((x) => isOrganizationHead(x.text) || isPlaceHead(x.text))) return undefined;
    // Western: a given name, then capitalised words or initials that are not heads ("William B. Hartsfield", "Ivan Allen Jr.").
    for (let i = from; i < to - 1; i++) {
      if (!isGivenName(tokens[i]!.text)) continue;
      const rest = tokens.slice(i + 1, to);
      if (rest.length <= 3 && rest.every((x) => !isConnector(x.lower) && !isTitle(x.text) && !isKnownPlace(x.text))) return { from: i };
    }
    return undefined;
  }

  /** The kind of a run with no person shape, or undefined when the evidence is too thin. */
  private kindOf(run: Run, from: number, to: number, text: string): Mention['kind'] | undefined {
    const tokens = run.view.tokens;
    const words = tokens.slice(from, to);
    const last = words[words.length - 1]!;
    const bareText = text.replace(/['’]s?$/, '');
    if (words.length === 1 && COMMON_ACRONYMS.has(bareText)) return undefined;
    if (KNOWN_ORGANIZATIONS.has(bareText)) return 'organization';
    if (isKnownPlace(bareText)) return 'place';
    if (isOrganizationName(bareText)) return 'organization';
    if (words.some((t) => isOrganizationHead(t.text))) return isPlaceHead(last.text) && !isOrganizationHead(last.text) ? 'place' : 'organization';
    if (words.some((t) => isPlaceHead(t.text))) return 'place';
    if (words.length === 1 && isAcronym(last.text)) {
      const expansion = this.acronymKinds.get(bare(last.text).toUpperCase()) ?? this.acronymKinds.get(last.text);
      if (COMMON_ACRONYMS.has(last.text.replace(/['’]s?$/, '')) || (expansion !== undefined && !/\p{Lu}/u.test(expansion.slice(1)))) return undefined;
      // An undefined, unknown acronym before a common noun is a modifier: "IP address", "CCTV footage".
      const next = tokens[to];
      if (expansion === undefined && !isKnownOrganization(last.text) && next && next.kind === 'word' && next.text === next.lower && isCommonWord(next.lower)) return undefined;
      return 'organization';
    }
    const before = tokens[from - 1];
    if (before && before.kind === 'word' && isTitle(before.text) && before.text === before.lower) return 'person'; // "legislator Ha"
    if (this.roleAfter(run, to) !== undefined && words.every((t) => !isCommonWord(bare(t.text)) || isGivenName(t.text))) return 'person';
    if (words.length >= 2 && words.length <= 4 && words.every((t) => !isKnownWord(t.text) || isGivenName(t.text) || isAsianSurname(t.text))) return 'person';
    const after = tokens[to];
    if (words.length <= 3 && after && SPEECH_VERBS.has(after.lower) && words.every((t) => !isCommonWord(bare(t.text)))) return 'person';
    if (words.length >= 2) return words.some((t) => isCommonWord(bare(t.text)) && !isGivenName(t.text)) ? 'organization' : 'person';
    return undefined;
  }

  /** A role in apposition right after a name: ", the director of …," / ", special advisor to …". */
  private roleAfter(run: Run, to: number): string | undefined {
    const tokens = run.view.tokens;
    if (tokens[to]?.text !== ',') return undefined;
    let k = to + 1;
    if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'a' || tokens[k]?.lower === 'an') k++;
    const start = k;
    // Up to three modifiers before the role word: "special advisor", "deputy national security advisor".
    let titleAt = -1;
    for (let j = k; j < Math.min(tokens.length, k + 4); j++) {
      if (tokens[j]!.kind !== 'word' || ROLE_STOPS.has(tokens[j]!.lower) || (j > k && /^\p{Lu}/u.test(tokens[j]!.text) && !isRoleWord(tokens[j]!.text) && j === k)) break;
      if (isRoleWord(tokens[j]!.text) && !HONORIFICS.has(bare(tokens[j]!.text))) {
        titleAt = j;
        break;
      }
    }
    if (titleAt < 0) return undefined;
    // "Ladgham, Mr. Kennedy sent…": a name right after the role word means this was no apposition.
    const next = tokens[titleAt + 1];
    if (next && next.kind === 'word' && /^\p{Lu}/u.test(next.text) && !isRoleWord(next.text) && next.lower !== 'of') {
      if (isGivenName(next.text) || isAsianSurname(next.text)) return undefined;
    }
    let end = titleAt + 1;
    while (end < tokens.length && tokens[end]!.text !== ',' && tokens[end]!.text !== '.' && tokens[end]!.text !== ';' && tokens[end]!.text !== '”' && tokens[end]!.text !== '"' && end - start < 16) end++;
    return textOf(this.doc, tokens.slice(start, end));
  }

  /** "the President", "the Ambassador", "the NCSC chief": title-only mentions, resolved after all names are known. */
  private collectTitleMentions(sentence: number, view: SentenceView): void {
    const tokens = view.tokens;
    for (let k = 1; k < tokens.length; k++) {
      if (tokens[k - 1]!.lower !== 'the' || !isTitle(tokens[k]!.text) || ['speaker', 'chair', 'father', 'sister'].includes(tokens[k]!.lower)) continue;
      const next = tokens[k + 1];
      if (next && next.kind === 'word' && (/^\p{Lu}/u.test(next.text) || next.lower === 'of' || next.lower === 'general')) continue; // "the President Yoon", "the director of"
      this.titleMentions.push({ span: { start: tokens[k - 1]!.start, end: tokens[k]!.end }, title: bare(tokens[k]!.text), sentence, text: textOf(this.doc, tokens.slice(k - 1, k + 1)) });
    }
  }

  private add(run: Run, from: number, to: number, kind: Mention['kind'], via: MentionVia, title?: string, role?: string): void {
    // An honorific is part of how the person is named ("Mrs. Kennedy"), unlike a job title.
    while (kind === 'person' && from > 0 && HONORIFICS.has(bare(run.view.tokens[from - 1]!.text))) from--;
    const words = run.view.tokens.slice(from, to);
    const span = spanOf(words);
    const text = this.doc.text.slice(span.start, span.end);
    if (via === 'surname' || (kind === 'person' && words.length === 1)) {
      // A lone surname: link to a full name if one is known, else keep it as a name of its own.
      const index = this.personBySurname(text.replace(/^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Sir|Dame)\.?\s+/, ''), span.start);
      // "President Kennedy" is not "Jacqueline Kennedy, the First Lady": a different title means a different person.
      const entity = index === undefined ? undefined : this.entities[index]!;
      const compatible = !title || !entity || !entity.titles.length || HONORIFICS.has(bare(title)) || entity.titles.some((t) => t.toLowerCase().split(/[\s.]+/).some((w) => bare(title).split(/[\s.]+/).includes(w) && isRoleWord(w)));
      if (index !== undefined && compatible) {
        this.push(index, { ...span, text, kind, via: 'surname', sentence: run.sentence, ...(title ? { title } : {}), ...(role ? { role } : {}) });
        return;
      }
    }
    const key = nameKey(text);
    if (!key) return;
    // The name as spelled, without an honorific: "Ms. Eun-Ju Kim" is spelled "Eun-Ju Kim".
    const spelling = text.replace(/^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Sir|Dame|Messrs|Mme|Mlle)\.?\s+/, '');
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.entities.length;
      this.entities.push({ kind, name: spelling, key, spellings: new Map(), mentions: [], titles: [] });
      this.byKey.set(key, index);
    }
    const entity = this.entities[index]!;
    entity.spellings.set(spelling, (entity.spellings.get(spelling) ?? 0) + 1);
    if (kind === 'person' && spelling.includes(' ')) {
      for (const w of fold(spelling).split(/[\s.]+/)) {
        const list = this.byNameWord.get(w) ?? [];
        if (!list.includes(index)) list.push(index);
        this.byNameWord.set(w, list);
      }
    }
    this.push(index, { ...span, text, kind, via, sentence: run.sentence, ...(title ? { title } : {}), ...(role ? { role } : {}) });
  }

  private push(index: number, mention: Omit<Mention, 'entity'>): void {
    const entity = this.entities[index]!;
    entity.mentions.push(this.mentions.length);
    this.mentions.push({ ...mention, entity: index });
    for (const t of [mention.title, mention.role]) if (t && !entity.titles.includes(t)) entity.titles.push(t);
  }

  /** The person whose name contains this word (the nearest earlier one when several do). */
  private personBySurname(word: string, before: number): number | undefined {
    const folded = fold(word.replace(/['’]s?$/, ''));
    let best: number | undefined;
    let bestAt = -1;
    for (const index of this.byNameWord.get(folded) ?? []) {
      const entity = this.entities[index]!;
      if (entity.kind !== 'person') continue;
      let at = -1;
      for (const m of entity.mentions) {
        const start = this.mentions[m]!.start;
        if (start < before && start > at) at = start;
      }
      if (best === undefined || at > bestAt) {
        best = index;
        bestAt = at;
      }
    }
    return best;
  }

  /** Single capitalised words with no kind yet: surnames of known people, places, or names by context. */
  private resolvePending(): void {
    for (const { run, text, span } of this.pending) {
      // "Tanaka-san": a person, named with another language's honorific.
      const suffixed = honorificSuffix(text);
      const person = this.personBySurname(suffixed?.name ?? text, span.start);
      if (person !== undefined) {
        this.push(person, { ...span, text, kind: 'person', via: 'surname', sentence: run.sentence });
        continue;
      }
      const word = run.view.tokens[run.from]!;
      if (isMonthOrDay(word.text) || isAcronym(word.text)) continue;
      const before = run.view.tokens[run.from - 1];
      const after = run.view.tokens[run.to];
      let kind: Mention['kind'] | undefined;
      if (suffixed) kind = 'person';
      else if (before && LOCATIVE.has(before.lower)) kind = 'place';
      else if (!isCommonWord(bare(text)) && after && SPEECH_VERBS.has(after.lower)) kind = 'person';
      else if (!isCommonWord(bare(text))) kind = activeDomains(this.doc, run.sentence).size ? 'organization' : 'person';
      else if (before && before.lower === 'the') kind = 'organization';
      if (kind) this.add(run, run.from, run.to, kind, 'name');
    }
  }

  /** "the President" → the one person titled President, when there is exactly one. */
  private resolveTitles(): void {
    for (const mention of this.titleMentions) {
      const candidates = this.entities.map((e, i) => [e, i] as const).filter(([e]) => e.kind === 'person' && e.titles.some((t) => t.toLowerCase().split(/[\s.]+/).includes(mention.title)));
      if (candidates.length !== 1) continue;
      const [entity, index] = candidates[0]!;
      // Extend over the title's following words: "the deputy national security advisor".
      const titleWords = new Set(entity.titles.flatMap((t) => t.toLowerCase().split(/[\s.]+/)));
      let end = mention.span.end;
      for (let m = /^[ \u00A0]+([\p{L}-]+)/u.exec(this.doc.text.slice(end)); m && titleWords.has(m[1]!.toLowerCase()); m = /^[ \u00A0]+([\p{L}-]+)/u.exec(this.doc.text.slice(end))) end += m[0].length;
      this.push(index, { start: mention.span.start, end, text: this.doc.text.slice(mention.span.start, end), kind: 'person', via: 'title', sentence: mention.sentence });
    }
  }

  /** A name keeps one kind through the document: the majority of its mentions. */
  private unifyKinds(): void {
    for (const entity of this.entities) {
      const votes = new Map<Mention['kind'], number>();
      for (const m of entity.mentions) votes.set(this.mentions[m]!.kind, (votes.get(this.mentions[m]!.kind) ?? 0) + (this.mentions[m]!.via === 'name' ? 2 : 1));
      entity.kind = [...votes].sort((a, b) => b[1] - a[1])[0]![0];
      for (const m of entity.mentions) this.mentions[m]!.kind = entity.kind;
      entity.name = [...entity.spellings].sort((a, b) => b[1] - a[1])[0]?.[0] ?? entity.name;
    }
  }
}

function endsWithPossessive(token: Token): boolean {
  return /['’]s$/.test(token.text) || /s['’]$/.test(token.text);
}

function spanOf(tokens: Token[]): Span {
  const last = tokens[tokens.length - 1]!;
  const possessive = /['’]s?$/.exec(last.text);
  const end = possessive && last.text.length > possessive[0].length ? last.end - possessive[0].length : last.end;
  return { start: tokens[0]!.start, end };
}

function textOf(doc: Doc, tokens: Token[]): string {
  return tokens.length ? doc.text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end) : '';
}

function lastIndex<T>(list: readonly T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}

const MONTH_OR_DAY = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$|^(?:January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?$/;

function isMonthOrDay(word: string): boolean {
  return MONTH_OR_DAY.test(word);
}

function isKnownPlace(name: string): boolean {
  const n = name.replace(/['’]s?$/, '');
  return isPlace(n) || KNOWN_PLACES.has(n);
}

function isKnownOrganization(name: string): boolean {
  const n = name.replace(/['’]s?$/, '');
  return isOrganizationName(n) || KNOWN_ORGANIZATIONS.has(n);
}
