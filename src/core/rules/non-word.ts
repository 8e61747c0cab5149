/**
 * non-word — "frauded" → "defrauded", "cyberpolic" → "cyber policy",
 * "cyber-startred".
 *
 * Flags a word that is not English (see `unknown-words.ts`: real
 * dictionaries, names and acronyms excluded, compounds of known parts
 * accepted) and bears the marks of machine translation: part of a garbled
 * compound, a noun inflected as a verb, words run together, an English
 * suffix on a stem that is no English word, a shouted non-word in a
 * headline.
 *
 * Deliberately not flagged:
 * - names (capitalised words and every entity mention), acronyms, numbers;
 * - productive compounds: "cyberdefense", "re-run", "counter-terrorism";
 * - untranslated foreign words: untranslated-word reports those;
 * - plain typos near a common word ("adminstration"): spelling reports those.
 */
import type { Rule } from '../rule.js';
import { unknownWords } from '../unknown-words.js';

export const nonWord: Rule = {
  id: 'non-word',
  category: 'mistranslation',
  severity: 'warning',
  safeFix: false,
  description: 'A word that is not English, often a machine-translation slip ("frauded", "cyberpolic")',
  check(doc, report) {
    const vocabulary = new Set(doc.tokens.filter((t) => t.kind === 'word').map((t) => t.lower));
    for (const word of unknownWords(doc)) {
      if (word.kind !== 'garble') continue;
      // Suggestions whose words the article uses elsewhere come first: "cyberpolic" → "cyber policy" in a policy story.
      const used = (s: string): number => (vocabulary.has(s.toLowerCase().split(' ').pop()!) ? 0 : 1);
      const suggestions = [...word.suggestions].sort((a, b) => used(a) - used(b));
      report({
        start: word.start,
        end: word.end,
        message: suggestions.length ? `Unexpected \`${word.text}\`, not an English word; expected \`${suggestions[0]}\`` : `Unexpected \`${word.text}\`, not an English word`,
        note: 'It is in none of the dictionaries Copydesk uses (Hunspell en_US and en_GB, WordNet, SUBTLEX-US) and is not a name. Machine translation makes such words by inflecting a noun as a verb, running words together or garbling a compound.',
        suggestions,
      });
    }
  },
};
