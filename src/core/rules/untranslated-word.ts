/**
 * untranslated-word — "a wave of cyber-vols", "the vereadores voted".
 *
 * Flags a word that is not English and whose letters read as French,
 * Spanish, Portuguese, Dutch, Polish or Turkish (character trigram models
 * built from each language's word list): a source word machine translation
 * left as it was.
 *
 * Deliberately not flagged:
 * - foreign words that English uses: in the dictionaries ("café",
 *   "fiesta"), or among the words English newswire and Wikipedia use often
 *   ("gelato", "renminbi");
 * - a foreign word the text explains: "karoshi, or death from overwork",
 *   "a boulangerie (bakery)", "what the French call laïcité";
 * - names and capitalised words (foreign names are normal in news);
 * - long words shaped like English technical vocabulary ("propionate",
 *   "hydroxylation"), whose Latin and Greek letters read as foreign;
 * - words in italics or quotes are not exempt: a translated article should
 *   translate them or explain them.
 */
import type { Rule } from '../rule.js';
import { unknownWords } from '../unknown-words.js';

export const untranslatedWord: Rule = {
  id: 'untranslated-word',
  category: 'mistranslation',
  severity: 'warning',
  safeFix: false,
  description: 'A foreign word left untranslated in English text ("cyber-vols")',
  check(doc, report) {
    for (const word of unknownWords(doc)) {
      if (word.kind !== 'foreign') continue;
      report({
        start: word.start,
        end: word.end,
        message: `Unexpected \`${word.text}\`, which looks untranslated: it is not an English word`,
        note: `Its letters read as a foreign word${word.language ? ` (closest model: ${word.language})` : ''}. Machine translation leaves words it cannot map, often inside compounds ("cyber-vols" for cyber-thefts). Translate it, or explain it if the foreign term is meant.`,
        data: { language: word.language },
      });
    }
  },
};
