/**
 * acronym-expansion — "Internet & Security Agency (Kisa)".
 *
 * Flags an acronym whose expansion in the text misses one of its letters
 * (Schwartz and Hearst's test: each letter of the short form found, in
 * order, in the long form, the first at the start of a word; here it passes
 * once one letter is left out, so a word of the name was probably dropped),
 * and an acronym given two different expansions in one document.
 *
 * Deliberately not flagged:
 * - expansions that fit, however loosely: "Economic and Social Council
 *   (ECOSOC)", "UN Office on Drugs and Crime (UNODC)";
 * - acronyms that fit far worse, which are usually the original-language
 *   name's: "the German Weather Service (DWD)", "the Federal Security Service (FSB)";
 * - an English rendering of the original-language name with the same
 *   initials in another order ("National Office of Electoral Processes
 *   (ONPE)", "Supreme Federal Court (STF)"), or a party's short plural name
 *   ("Christian Democrats (CDU)");
 * - a parenthesis after lower-case words ("information technology (ICT)" is
 *   checked only when the words before it are a capitalised name).
 */
import { isPluralNoun } from '../dictionary.js';
import { acronymDefinitions, SMALL } from '../entities/acronyms.js';
import type { Rule } from '../rule.js';

/**
 * True when the expansion is an English rendering of the original-language
 * name the acronym abbreviates, as edited English writes it: the same
 * initials in another word order ("National Office of Electoral Processes
 * (ONPE)", from Spanish *Oficina Nacional de Procesos Electorales*), a word
 * no letter stands for ("Supreme Federal Court (STF)", *Supremo Tribunal
 * Federal*), or a party's short plural name ("Christian Democrats (CDU)").
 */
function translatedName(short: string, long: string): boolean {
  const words = long.split(/\s+/).filter((w) => !SMALL.has(w.toLowerCase()));
  const last = words[words.length - 1] ?? '';
  if (/s$/.test(last) && isPluralNoun(last.toLowerCase())) return true;
  const letters = [...short.replace(/[^\p{L}]/gu, '').toUpperCase()];
  const initials = words.map((w) => w.charAt(0).toUpperCase());
  // A word no letter stands for: the name is in other words, not missing one ("Supreme Federal Court (STF)").
  if (initials.some((c) => !letters.includes(c))) return true;
  return [...letters].sort().join('') === [...initials].sort().join('');
}

export const acronymExpansion: Rule = {
  id: 'acronym-expansion',
  category: 'consistency',
  severity: 'warning',
  safeFix: false,
  description: 'An acronym whose spelled-out name does not fit its letters, or that is spelled out two ways',
  check(doc, report) {
    const seen = new Map<string, string>();
    for (const def of acronymDefinitions(doc)) {
      const short = def.short.text;
      if (!def.fits && def.nearFit && !translatedName(short, def.long.text)) {
        const initial = short.charAt(0).toUpperCase();
        report({
          start: def.short.start,
          end: def.short.end,
          message: `\`${short}\` does not fit \`${def.long.text}\`: ${def.long.text.split(/\s+/).some((w) => w.charAt(0).toUpperCase() === initial) ? 'its letters are not found in order' : `no word starts with ${initial}`}`,
          note: 'Machine translation drops or reorders words of an organisation\'s name while keeping the acronym, or keeps the acronym of the original-language name. Check the full name.',
          data: { long: def.long.text },
        });
      }
      const key = short.toUpperCase();
      const earlier = seen.get(key);
      if (earlier !== undefined && earlier.toLowerCase() !== def.long.text.toLowerCase() && !earlier.toLowerCase().endsWith(def.long.text.toLowerCase()) && !def.long.text.toLowerCase().endsWith(earlier.toLowerCase())) {
        report({
          start: def.long.start,
          end: def.long.end,
          message: `\`${short}\` is spelled out as \`${def.long.text}\` here but as \`${earlier}\` earlier`,
          note: 'An acronym should stand for one name throughout an article.',
          suggestions: [earlier],
        });
      }
      if (earlier === undefined) seen.set(key, def.long.text);
    }
  },
};
