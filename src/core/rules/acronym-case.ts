/**
 * acronym-case — "Internet & Security Agency (Kisa)" in an article that
 * writes "EU" and "UN".
 *
 * Flags an acronym defined in parentheses in title case ("Kisa", "Nato")
 * when the rest of the document writes acronyms in capitals: the French and
 * German press habit, carried over by machine translation. The same acronym
 * written two ways ("NATO" and "Nato") is left to name-variants.
 *
 * Deliberately not flagged:
 * - title-case acronyms in a document that writes them that way throughout
 *   (British house styles: "Nato", "Unesco");
 * - title-case names that English newswire uses as words, the organisation's
 *   established style ("Tokyo Electric Power Company (Tepco)", "Ofcom");
 * - short forms that are ordinary words ("(Scope)").
 */
import { isCommonWord } from '../dictionary.js';
import { acronymDefinitions } from '../entities/acronyms.js';
import { isAcronym } from '../entities/shape.js';
import type { Rule } from '../rule.js';
import { isAttested, wordVector } from '../vectors.js';

const inNewswire = (word: string): boolean => isAttested(word) || wordVector(word) !== undefined;

export const acronymCase: Rule = {
  id: 'acronym-case',
  category: 'consistency',
  severity: 'warning',
  safeFix: true,
  description: 'An acronym written in title case ("Kisa") where the article writes acronyms in capitals',
  check(doc, report) {
    const definitions = acronymDefinitions(doc);
    // A title-case short form that newswire uses as a word is that name's established style ("Tepco", "Ofcom", "Unesco").
    const titleCase = definitions.filter((d) => /^\p{Lu}\p{Ll}+$/u.test(d.short.text) && !isCommonWord(d.short.text.toLowerCase()) && !inNewswire(d.short.text.toLowerCase()));
    if (!titleCase.length) return;
    // The document's own style: how many other acronyms are written in capitals.
    const capitals = doc.tokens.filter((t) => t.kind === 'word' && t.text.length >= 2 && t.text.length <= 6 && isAcronym(t.text)).length;
    if (capitals < 2) return;
    for (const def of titleCase) {
      const expected = def.short.text.toUpperCase();
      for (const token of doc.tokens) {
        if (token.kind !== 'word' || token.text.replace(/['’]s$/, '') !== def.short.text) continue;
        report({
          start: token.start,
          end: token.start + def.short.text.length,
          message: `Unexpected \`${def.short.text}\`, expected \`${expected}\`: this article writes acronyms in capitals`,
          note: 'French and German styles write pronounceable acronyms in title case (Kisa, Nato); in an article that writes EU and UN, write this one in capitals too.',
          suggestions: [expected],
        });
      }
    }
  },
};
