/**
 * garbled-headline — "South Korea, Eu Vow CYBESCURITY CLORS CLORS".
 *
 * Flags a headline (a short line without closing punctuation, or a Markdown
 * heading) with two or more marks of garbling: a word written twice, a word
 * that is no English word or known name, a shouted non-word, an acronym in
 * the wrong case ("Eu" where the article writes "EU"). Headlines pass through
 * machine translation with less context than body text and come out worst;
 * one mark alone is left to the word-level rules.
 *
 * Deliberately not flagged:
 * - title-case headlines of correct words ("Seoul Vows Action On Crypto Theft");
 * - acronyms the article or Copydesk knows ("NATO", "UNODC").
 */
import { COMMON_ACRONYMS, KNOWN_ORGANIZATIONS } from '../data/gazetteer.js';
import { isKnownWord } from '../dictionary.js';
import { boilerplate } from '../boilerplate.js';
import type { Rule } from '../rule.js';
import { sentenceView } from '../scan.js';
import { isAllCaps } from '../text.js';
import { unknownWords } from '../unknown-words.js';

export const garbledHeadline: Rule = {
  id: 'garbled-headline',
  category: 'mistranslation',
  severity: 'warning',
  safeFix: false,
  description: 'A headline with several marks of garbling: doubled words, non-words, acronyms in the wrong case',
  check(doc, report) {
    const furniture = boilerplate(doc);
    const unknown = unknownWords(doc);
    // Acronyms the body writes in capitals: "EU", "UN".
    const bodyAcronyms = new Set(doc.tokens.filter((t) => t.kind === 'word' && isAllCaps(t.text) && t.text.length <= 6 && !doc.paragraphs[doc.sentences[t.sentence]!.paragraph]!.heading).map((t) => t.text));
    doc.paragraphs.forEach((paragraph, p) => {
      if (!paragraph.heading || furniture.has(p)) return;
      const marks: string[] = [];
      for (let s = paragraph.first; s < paragraph.last; s++) {
        const view = sentenceView(doc, s);
        view.tokens.forEach((token, k) => {
          if (token.kind !== 'word') return;
          if (k > 0 && view.tokens[k - 1]!.kind === 'word' && view.lower[k - 1] === token.lower) marks.push(`\`${token.text}\` twice`);
          const upper = token.text.toUpperCase();
          if (!isAllCaps(token.text) && token.text.length <= 4 && upper !== token.text && (bodyAcronyms.has(upper) || (KNOWN_ORGANIZATIONS.has(upper) && !isKnownWord(token.text.toLowerCase())))) marks.push(`\`${token.text}\` for ${upper}`);
          if (isAllCaps(token.text) && token.text.length >= 3 && token.text.length <= 6 && !bodyAcronyms.has(token.text) && !KNOWN_ORGANIZATIONS.has(token.text) && !COMMON_ACRONYMS.has(token.text) && !isKnownWord(token.text.toLowerCase()) && doc.text.split(token.text).length <= 3) {
            if (!marks.some((m) => m.startsWith(`\`${token.text}\``))) marks.push(`\`${token.text}\` is no word or known acronym`);
          }
        });
      }
      for (const word of unknown) if (word.start >= paragraph.start && word.end <= paragraph.end) marks.push(`\`${word.text}\` is no English word`);
      const unique = [...new Set(marks)];
      if (unique.length < 2) return;
      report({
        start: paragraph.start,
        end: paragraph.end,
        message: `Unexpected garbled headline: ${unique.slice(0, 4).join(', ')}`,
        note: 'Headlines go through machine translation with little context and come out worst. Rewrite it from the article.',
        data: { marks: unique },
      });
    });
  },
};
