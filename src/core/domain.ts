/**
 * Infers what a story is about from its vocabulary, so that a word can be
 * judged in its sense: "flight" is wrong in a crypto-theft story and right in
 * an airline story.
 *
 * Each domain has a cue lexicon (`data/domains.ts`). A domain is active for a
 * sentence when its cues are frequent enough in the whole document, or in the
 * sentence's paragraph and its neighbours. Ambiguous words that rules judge
 * (such as "flight") are not cues themselves.
 */
import type { Domain } from './data/domains.js';
import { DOMAIN_CUES } from './data/domains.js';
import { memo, type Doc } from './parse.js';
import { WordMatcher } from './lexicon.js';

export type { Domain };

/** Cue counts of a document: whole-document and per paragraph. */
export interface DomainProfile {
  /** Cue occurrences per domain over the whole document. */
  document: Map<Domain, number>;
  /** Cue occurrences per domain in each paragraph. */
  paragraphs: Map<Domain, number>[];
  /** Number of words in the document. */
  words: number;
}

const matchers = new Map<Domain, WordMatcher>(Object.entries(DOMAIN_CUES).map(([domain, cues]) => [domain as Domain, new WordMatcher(cues)]));

/** Counts domain cues in a document (memoised on the document). */
export function domainProfile(doc: Doc): DomainProfile {
  return memo(doc, 'domains', () => {
    const document = new Map<Domain, number>();
    const paragraphs = doc.paragraphs.map(() => new Map<Domain, number>());
    let words = 0;
    for (const token of doc.tokens) {
      if (token.kind !== 'word') continue;
      words++;
      const paragraph = paragraphs[doc.sentences[token.sentence]!.paragraph]!;
      for (const [domain, matcher] of matchers) {
        if (!matcher.has(token.lower)) continue;
        document.set(domain, (document.get(domain) ?? 0) + 1);
        paragraph.set(domain, (paragraph.get(domain) ?? 0) + 1);
      }
    }
    return { document, paragraphs, words };
  });
}

/**
 * The domains active at a sentence: those with at least three cues in the
 * document, or two in the sentence's paragraph and the paragraphs either side.
 */
export function activeDomains(doc: Doc, sentenceIndex: number): Set<Domain> {
  const profile = domainProfile(doc);
  const paragraph = doc.sentences[sentenceIndex]?.paragraph ?? 0;
  const out = new Set<Domain>();
  for (const [domain, count] of profile.document) if (count >= 3) out.add(domain);
  for (let p = Math.max(0, paragraph - 1); p <= paragraph + 1 && p < profile.paragraphs.length; p++) {
    for (const [domain, count] of profile.paragraphs[p]!) {
      const total = (profile.paragraphs[paragraph - 1]?.get(domain) ?? 0) + (profile.paragraphs[paragraph]?.get(domain) ?? 0) + (profile.paragraphs[paragraph + 1]?.get(domain) ?? 0);
      if (count > 0 && total >= 2) out.add(domain);
    }
  }
  return out;
}
