/**
 * spelling — "adminstration" → "administration", "accomodations".
 *
 * Flags a word that is not English and looks like a plain typo: close to a
 * common word, without the marks of machine translation (non-word reports
 * those) or a foreign reading (untranslated-word). Shown at information
 * level: spelling is what other checkers do well; Copydesk reports it so an
 * article gets one pass.
 *
 * Deliberately not flagged:
 * - names, acronyms, abbreviations ("p.m."), elisions ("countin'");
 * - derived and compound forms of known words ("borderless", "homerun").
 */
import type { Rule } from '../rule.js';
import { unknownWords } from '../unknown-words.js';

export const spelling: Rule = {
  id: 'spelling',
  category: 'cleanup',
  severity: 'information',
  safeFix: false,
  description: 'A misspelt word close to a common English word ("adminstration")',
  check(doc, report) {
    for (const word of unknownWords(doc)) {
      if (word.kind !== 'typo') continue;
      report({
        start: word.start,
        end: word.end,
        message: word.suggestions.length ? `Unexpected \`${word.text}\`, not an English word; expected \`${word.suggestions[0]}\`` : `Unexpected \`${word.text}\`, not an English word or a name Copydesk knows`,
        note: 'It is in none of the dictionaries Copydesk uses (Hunspell en_US and en_GB, WordNet, SUBTLEX-US). If it is a name or a term of your desk, add it to copydesk.ignore.',
        suggestions: word.suggestions,
      });
    }
  },
};
