/**
 * repeated-word — "South Korea, EU Vow CLORS CLORS" → "CLORS".
 *
 * Flags a word written twice in a row within a sentence, separated only by
 * white space (line breaks included), case-insensitively.
 *
 * Deliberately not flagged:
 * - names that repeat a word, written in title case: "Thabet Thabet", "Walla Walla"
 *   (in a title-case headline, a repeated ordinary word is still flagged: "New New Rules");
 * - grammatical doubles: "had had", "that that";
 * - numbers, which French-style digit grouping repeats ("1 000 000").
 */
import type { Rule } from '../rule.js';
import { isAllCaps, isCapitalized } from '../text.js';
import { isCommonWord } from '../dictionary.js';
import { isNumber, nextNonSpace } from '../scan.js';

/** Doubles that are correct English. */
const GRAMMATICAL = new Set(['had', 'that', 'bye', 'ha', 'no', 'knock', 'chop', 'tut', 'yada', 'bora', 'mau']);

/** Closed-class words: when these repeat in title case ("The The") it is still an error, not a name. */
const FUNCTION_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'be', 'but', 'by', 'for', 'from', 'has', 'have', 'he', 'her', 'his', 'in', 'is', 'it', 'its', 'of', 'on', 'or', 'she', 'the', 'their', 'they', 'this', 'to', 'was', 'we', 'were', 'will', 'with']);

export const repeatedWord: Rule = {
  id: 'repeated-word',
  category: 'cleanup',
  severity: 'warning',
  safeFix: true,
  description: 'A word written twice in a row ("the the", "CLORS CLORS")',
  check(doc, report) {
    doc.tokens.forEach((token, i) => {
      if (token.kind !== 'word' || isNumber(token)) return;
      const j = nextNonSpace(doc, i);
      const next = doc.tokens[j];
      if (!next || next.kind !== 'word' || next.lower !== token.lower || j !== i + 2) return;
      if (GRAMMATICAL.has(token.lower)) return;
      const titleCase = (w: string): boolean => isCapitalized(w) && !isAllCaps(w);
      // Title case marks a name ("Thabet Thabet"), except in a headline, where every word is capitalised.
      const heading = doc.paragraphs[doc.sentences[token.sentence]!.paragraph]!.heading;
      if (titleCase(token.text) && titleCase(next.text) && !FUNCTION_WORDS.has(token.lower) && !(heading && isCommonWord(token.lower))) return;
      report({
        start: token.start,
        end: next.end,
        message: `Unexpected repeated word in \`${doc.text.slice(token.start, next.end)}\`, expected \`${token.text}\``,
        note: 'A doubled word is a typing slip or a machine-translation stutter; names that repeat a word ("Thabet Thabet") are written in title case and left alone.',
        suggestions: [token.text],
      });
    });
  },
};
