/**
 * calque — "The main dishes to remember:" → "Key takeaways:"; "those
 * responsible on both sides" → "officials from both sides".
 *
 * Flags a literal rendering of a source-language construction (see
 * `data/calques.ts`), matched as a word pattern in its sentence, optionally
 * only in some story domains and not when words in the paragraph, or the
 * words right before or after, show the phrase is meant literally. A
 * replacement may repeat the words the pattern matched ("a man of 34 years"
 * → "a 34-year-old man").
 *
 * Deliberately not flagged:
 * - the same words used literally: "the main dishes to remember" in a
 *   recipe column (food domain);
 * - phrases inside quotation marks are flagged like the rest: a quote
 *   garbled by translation still needs fixing.
 */
import { CALQUES, type CalqueEntry } from '../data/calques.js';
import { activeDomains } from '../domain.js';
import { WordMatcher } from '../lexicon.js';
import { fillTemplate, Pattern, patterns } from '../pattern.js';
import type { Rule } from '../rule.js';
import { paragraphWords, sentenceView } from '../scan.js';
import { matchCase } from '../text.js';

interface Compiled {
  entry: CalqueEntry;
  pattern: Pattern;
  first: WordMatcher;
  unless?: WordMatcher;
  notInSentence?: WordMatcher;
}

const COMPILED: Compiled[] = CALQUES.map((entry) => ({
  entry,
  pattern: new Pattern(entry.pattern),
  first: new WordMatcher(entry.pattern.replace(/^\?\S+\s+/, '').split(/\s+/)[0]!.split('|')),
  ...(entry.unless ? { unless: new WordMatcher(entry.unless) } : {}),
  ...(entry.notInSentence ? { notInSentence: new WordMatcher(entry.notInSentence) } : {}),
}));

/**
 * The entries to try at a word, in table order: those whose first slot lists
 * the word, plus those that may start anywhere (an optional or `@` first
 * slot, a prefix or number alternative). Saves trying all ~350 patterns at
 * every word.
 */
const BY_FIRST = new Map<string, number[]>();
const ANYWHERE: number[] = [];
COMPILED.forEach(({ entry }, i) => {
  const alternatives = entry.pattern.replace(/^\?\S+\s+/, '').split(/\s+/)[0]!.split('|');
  if (/^[?@]/.test(entry.pattern) || alternatives.some((a) => a.endsWith('*') || a.startsWith('*') || a.startsWith('#') || a === '@')) ANYWHERE.push(i);
  else for (const a of new Set(alternatives.map((a) => a.toLowerCase()))) BY_FIRST.set(a, [...(BY_FIRST.get(a) ?? []), i]);
});

function candidatesAt(word: string): Compiled[] {
  const listed = BY_FIRST.get(word);
  if (!listed) return ANYWHERE.map((i) => COMPILED[i]!);
  return [...listed, ...ANYWHERE].sort((a, b) => a - b).map((i) => COMPILED[i]!);
}

export const calque: Rule = {
  id: 'calque',
  category: 'mistranslation',
  severity: 'warning',
  safeFix: false,
  description: 'A word-for-word rendering of a foreign idiom or construction ("the main dishes to remember" for key takeaways)',
  check(doc, report) {
    doc.sentences.forEach((sentence, s) => {
      const view = sentenceView(doc, s);
      const { heading, listItem } = doc.paragraphs[sentence.paragraph]!;
      let domains: Set<string> | undefined;
      let paragraph: string[] | undefined;
      for (let k = 0; k < view.lower.length; k++) {
        for (const { entry, pattern, first, unless, notInSentence } of candidatesAt(view.lower[k]!)) {
          if (!first.has(view.lower[k]!) && !entry.pattern.startsWith('?') && !entry.pattern.startsWith('@')) continue;
          if (entry.sentenceStart && (k > 0 || heading || listItem)) continue;
          const match = pattern.capture(view.lower, k, view.texts);
          if (!match || match.end <= k) continue;
          const end = match.end;
          if (patterns(entry.notBefore).some((p) => p.matchBefore(view.lower, k, view.texts) >= 0)) continue;
          if (patterns(entry.notAfter).some((p) => p.matchAt(view.lower, end, view.texts) >= 0)) continue;
          if (notInSentence && view.lower.some((w) => notInSentence.has(w))) continue;
          domains ??= activeDomains(doc, s);
          if (entry.domains && !entry.domains.some((d) => domains!.has(d))) continue;
          if (unless) {
            paragraph ??= paragraphWords(doc, sentence.paragraph);
            if (paragraph.some((w) => unless.has(w))) continue;
          }
          const start = view.tokens[k]!.start;
          const stop = view.tokens[end - 1]!.end;
          const actual = doc.text.slice(start, stop);
          const slots = match.slots.map((i) => (i >= 0 ? view.tokens[i]!.text : ''));
          const suggestions = entry.replace.map((r) => matchCase(actual, fillTemplate(r, slots)));
          report({
            start,
            end: stop,
            message: `Unexpected \`${actual}\`, a word-for-word translation; expected \`${suggestions[0]}\``,
            note: `Probably a calque: ${entry.source}.`,
            suggestions,
            ...(entry.gated ? { gated: true } : {}),
          });
          k = end - 1;
          break;
        }
      }
    });
  },
};
