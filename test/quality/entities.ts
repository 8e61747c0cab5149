/**
 * Entity extraction measured on the Brown press section: proper-noun tokens
 * (tags np*) are the gold. Recall: gold tokens inside a person,
 * organisation, place or date mention. Precision, two ways: per mention (a
 * mention holding at least one gold token is right), and per token (tokens
 * in mentions that are gold, or title-case words of a name, Brown's -tl).
 */
import { parse } from '../../src/core/parse.js';
import { extractEntities } from '../../src/core/entities/extract.js';
import { dates } from '../../src/core/figures.js';
import type { Span } from '../../src/core/types.js';
import { isProperNounTag, loadBrownPress, type BrownText, type BrownToken } from './brown.js';

export interface EntityScores {
  goldTokens: number;
  recall: number;
  mentionPrecision: number;
  tokenPrecision: number;
  mentions: number;
  missed: Map<string, number>;
  wrong: Map<string, number>;
  ms: number;
}

export function measureEntities(texts: BrownText[] = loadBrownPress()): EntityScores {
  let gold = 0;
  let found = 0;
  let mentions = 0;
  let rightMentions = 0;
  let predictedTokens = 0;
  let rightTokens = 0;
  const missed = new Map<string, number>();
  const wrong = new Map<string, number>();
  const started = performance.now();
  for (const brown of texts) {
    const doc = parse(brown.text, `${brown.id}.txt`);
    // Names, and dates that name a month (Brown tags months np, weekdays nr); title-only mentions ("the Mayor") are coreference, not names.
    const spans: Span[] = [...extractEntities(doc).mentions.filter((m) => m.via !== 'title'), ...dates(doc).filter((d) => d.month !== undefined)];
    const bareEnd = (t: BrownToken): number => t.end - (/['’]s?$/.exec(t.word)?.[0].length ?? 0);
    const inside = (t: BrownToken): boolean => spans.some((s) => s.start <= t.start && bareEnd(t) <= s.end);
    const words = brown.tokens.filter((t) => /[\p{L}\p{N}]/u.test(t.word));
    for (const token of words) {
      if (!isProperNounTag(token.tag)) continue;
      gold++;
      if (inside(token)) found++;
      else missed.set(token.word, (missed.get(token.word) ?? 0) + 1);
    }
    for (const span of spans) {
      const covered = words.filter((t) => span.start <= t.start && bareEnd(t) <= span.end);
      if (!covered.length) continue;
      mentions++;
      // Right when it holds a proper noun, or is wholly a title-case name (Brown's -tl: "White House", "Air Force").
      if (covered.some((t) => isProperNounTag(t.tag)) || covered.every((t) => /-tl$/.test(t.tag))) rightMentions++;
      else {
        const text = brown.text.slice(span.start, span.end);
        wrong.set(text, (wrong.get(text) ?? 0) + 1);
      }
      for (const t of covered) {
        predictedTokens++;
        if (isProperNounTag(t.tag) || /-tl$/.test(t.tag)) rightTokens++;
      }
    }
  }
  return { goldTokens: gold, recall: found / gold, mentionPrecision: rightMentions / mentions, tokenPrecision: rightTokens / predictedTokens, mentions, missed, wrong, ms: performance.now() - started };
}
