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
 *
 * Also flags an honorific of another language left on a person's name
 * ("Tanaka-san", "Verma ji", "Ibu Sri Mulyani", lists in
 * `data/honorifics.ts`), and offers the name without it. Not flagged: an
 * honorific on a romanised given name, where it is a syllable of the name
 * ("Hye-ji", "Ka-chan"), an English word made a nickname ("Papa-san"), or
 * one not attached to a capitalised name.
 */
import { HONORIFIC_PREFIXES, HONORIFIC_SUFFIXES, HONORIFIC_WORDS } from '../data/honorifics.js';
import { honorificSuffix, isUncommonName } from '../entities/shape.js';
import type { Doc } from '../parse.js';
import type { Report, Rule } from '../rule.js';
import { sentenceView } from '../scan.js';
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
    honorifics(doc, report);
  },
};

const WORDS = new Set([...HONORIFIC_SUFFIXES, ...HONORIFIC_WORDS]);
const PREFIXES = new Set(HONORIFIC_PREFIXES);

/** "Tanaka-san" → "Tanaka", "Verma ji" → "Verma", "Ibu Sri Mulyani" → "Sri Mulyani". */
function honorifics(doc: Doc, report: (finding: Report) => void): void {
  const flag = (start: number, end: number, honorific: string, name: string): void =>
    report({
      start,
      end,
      message: `Unexpected \`${doc.text.slice(start, end)}\`: the honorific \`${honorific}\` looks untranslated`,
      note: `\`${honorific}\` is a courtesy word of the source language, attached to the name. English news names the person by name alone, or with Mr or Ms.`,
      suggestions: [name],
      data: { honorific },
    });
  doc.sentences.forEach((_, s) => {
    const { tokens } = sentenceView(doc, s);
    tokens.forEach((token, i) => {
      const suffixed = honorificSuffix(token.text);
      if (suffixed) {
        flag(token.start, token.end, suffixed.honorific, suffixed.name);
      } else if (WORDS.has(token.text) && isUncommonName(tokens[i - 1]?.text) && tokens[i - 1]!.end + 1 === token.start) {
        flag(tokens[i - 1]!.start, token.end, token.text, tokens[i - 1]!.text);
      } else if (PREFIXES.has(token.lower) && /^\p{Lu}/u.test(token.text) && isUncommonName(tokens[i + 1]?.text) && token.end + 1 === tokens[i + 1]!.start) {
        flag(token.start, tokens[i + 1]!.end, token.text, tokens[i + 1]!.text);
      }
    });
  });
}
