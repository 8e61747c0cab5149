/**
 * name-garble — "South Ki-hoon" for Nam Ki-hoon, "The young Jong-Kwon",
 * "Nawaf Peace" for Nawaf Salam.
 *
 * Flags a person's name whose family name machine translation rendered as
 * an English word: a common English word right before a romanised given
 * name ("South Ki-hoon": Korean *nam* means south), or a foreign given name
 * followed by an English word that translates a frequent family name
 * ("Luis Churches" for Luis Iglesias), or a title followed by such a word
 * that is no English family name ("President Squid" for Lula). Suggests the family names the word
 * translates, from `data/translated-names.ts`.
 *
 * Also flags a courtesy title translated word for word: a Vietnamese kinship
 * title before a full Vietnamese name ("Grandfather Tran Quoc Hung" → Mr
 * Tran Quoc Hung) and Chinese *lao* and *xiao* before a family name ("Old Wang"
 * → Lao Wang); tables in `data/honorifics.ts`.
 *
 * Deliberately not flagged:
 * - family names that are also English words in English names ("John Baker",
 *   "Anne Stone"): only foreign given names count;
 * - real surnames before a given name ("Lee Sang-min", "Moon Jae-in");
 * - possessives and peoples or places before the word: "Kennedy's Peace
 *   Corps", "the Anglican Churches", "the American South";
 * - a hyphenated English word where the given name would be ("musical
 *   ping-pong");
 * - a kinship word before a one-word name ("Uncle Ho", "Aunt Lee"), or
 *   before a name that is not Vietnamese; "Old" or "Little" before a family
 *   name that is an English word or is followed by another name ("Old Song",
 *   "Little Wang Li").
 */
import { CHINESE_FAMILIAR_TITLES, KINSHIP_TITLES, VIETNAMESE_SURNAMES } from '../data/honorifics.js';
import { ENGLISH_SURNAMES, TRANSLATED_SURNAMES } from '../data/translated-names.js';
import { ENGLISH_GIVEN_NAMES } from '../data/generated/lexicon.js';
import { isCommonWord, isPlace, isProperAdjective } from '../dictionary.js';
import { bare, isAsianSurname, isGivenName, isRomanizedGivenName, isTitle } from '../entities/shape.js';
import type { Token } from '../parse.js';
import type { Rule } from '../rule.js';
import { sentenceView } from '../scan.js';

let english: Set<string> | undefined;

export const nameGarble: Rule = {
  id: 'name-garble',
  category: 'mistranslation',
  severity: 'warning',
  safeFix: false,
  description: 'A person\'s family name translated as an English word ("South Ki-hoon" for Nam Ki-hoon)',
  check(doc, report) {
    english ??= new Set(ENGLISH_GIVEN_NAMES.split('\n'));
    doc.sentences.forEach((_, s) => {
      const view = sentenceView(doc, s);
      for (let k = 0; k + 1 < view.tokens.length; k++) {
        const word = view.tokens[k]!;
        const next = view.tokens[k + 1]!;
        if (word.kind !== 'word' || next.kind !== 'word') continue;
        // "Kennedy's Peace Corps", "I'm Happy": a possessive or a contraction is no given name.
        if (/['’]/.test(word.text) || /['’]/.test(next.text)) continue;
        const lower = bare(word.text);
        const courtesy = translatedTitle(view.tokens, k);
        if (courtesy) {
          const name = doc.text.slice(next.start, courtesy.end);
          report({
            start: word.start,
            end: courtesy.end,
            message: `Unexpected \`${word.text} ${name}\`: the courtesy title seems translated word for word; expected \`${courtesy.title} ${name}\``,
            note: `${courtesy.why} English news writes ${courtesy.title === 'Lao' || courtesy.title === 'Xiao' ? `the romanised \`${courtesy.title}\`, or the name alone` : `\`${courtesy.title}\`, or the name alone`}.`,
            suggestions: [`${courtesy.title} ${name}`, name],
          });
          k = courtesy.last;
          continue;
        }
        // A common word where a family name belongs, before a romanised given name.
        if (koreanGivenName(next.text) && !isCommonWord(next.lower) && isCommonWord(lower) && !isAsianSurname(word.text) && !isTitle(word.text) && !STOP.has(lower)) {
          const surnames = TRANSLATED_SURNAMES[lower] ?? [];
          report({
            start: word.start,
            end: next.end,
            message: `Unexpected \`${word.text} ${next.text}\`: a family name seems to have been translated as \`${word.text}\`${surnames.length ? `; expected \`${surnames[0]} ${next.text}\`` : ''}`,
            note: `Machine translation renders family names that are also words by their meaning. ${surnames.length ? `\`${word.text}\` translates the family name ${surnames.join(' or ')}.` : 'Check the person\'s name in the source.'}`,
            suggestions: surnames.map((s) => `${s} ${next.text}`),
          });
          k++;
          continue;
        }
        // A title, then a word that translates a family name and is no English one: "President Squid" (Lula).
        const surnames = TRANSLATED_SURNAMES[next.lower];
        if (!surnames) continue;
        const after = view.tokens[k + 2];
        const titled = isTitle(word.text) && /^\p{Lu}\p{Ll}+$/u.test(next.text) && !ENGLISH_SURNAMES.has(next.lower) && !(after?.kind === 'word' && /^\p{Lu}/u.test(after.text));
        // A foreign given name, then an English word that translates a frequent family name.
        // "Laura Mountains": any given name; "Marc Baker" is an English name unless the given name is foreign.
        const given = /^\p{Lu}/u.test(word.text) && (isGivenName(word.text) || !isCommonWord(lower)) && (!ENGLISH_SURNAMES.has(next.lower) || (isGivenName(word.text) && !english!.has(word.text)));
        // "the Anglican Churches", "the American South", "the Paris Peace Conference": a people or a place, not a person.
        const named = /^\p{Lu}/u.test(next.text) && given && !isTitle(word.text) && !isProperAdjective(word.text) && !isPlace(word.text);
        if (titled || named) {
          report({
            // After a title only the name is replaced; after a given name, the whole name.
            start: titled ? next.start : word.start,
            end: next.end,
            message: `Unexpected \`${word.text} ${next.text}\`: the family name seems translated; expected \`${word.text} ${surnames[0]}\``,
            note: `\`${next.text}\` translates the family name ${surnames.join(' or ')}; machine translation renders such names by their meaning.`,
            suggestions: titled ? [...surnames] : surnames.map((s) => `${word.text} ${s}`),
          });
          k++;
        }
      }
    });
  },
};

const vietnamese = new Set(VIETNAMESE_SURNAMES);
const isNameWord = (token: Token | undefined): token is Token => token?.kind === 'word' && /^\p{Lu}\p{Ll}*$/u.test(token.text);

/**
 * A courtesy title translated word for word at token k, with the title English uses and the index
 * and end offset of the name's last token: "Grandfather Tran Quoc Hung", "Old Wang".
 */
function translatedTitle(tokens: readonly Token[], k: number): { title: string; why: string; last: number; end: number } | undefined {
  const word = tokens[k]!;
  const next = tokens[k + 1];
  if (!/^\p{Lu}/u.test(word.text) || !isNameWord(next)) return undefined;
  const kin = KINSHIP_TITLES[word.lower];
  if (kin && vietnamese.has(next.lower)) {
    let last = k + 1;
    while (last - k < 4 && isNameWord(tokens[last + 1])) last++;
    // A full name: the family name and at least one more ("Uncle Ho" is an epithet).
    if (last === k + 1) return undefined;
    return { title: kin, why: `Vietnamese addresses people with kinship words (*ông*, *bà*, *chú*, *cô*); \`${word.text}\` is one, translated.`, last, end: tokens[last]!.end };
  }
  const familiar = CHINESE_FAMILIAR_TITLES[word.lower];
  if (familiar && isAsianSurname(next.text) && !isCommonWord(next.lower) && !isNameWord(tokens[k + 2])) {
    return { title: familiar, why: `\`${word.text}\` translates Chinese *${familiar.toLowerCase()}*, a familiar form of address before a family name.`, last: k + 1, end: next.end };
  }
  return undefined;
}

/** A Korean given name: two romanised syllables, hyphenated; not a hyphenated place ("Bel-Air"). */
function koreanGivenName(word: string): boolean {
  if (!isRomanizedGivenName(word) || !/^\p{Lu}/u.test(word)) return false;
  const second = word.split('-')[1]!;
  return !(/^\p{Lu}/u.test(second) && isCommonWord(second.toLowerCase()));
}

/** Words that stand before names for other reasons: "and", "with", "said". */
const STOP = new Set([
  'and', 'or', 'but', 'nor', 'with', 'by', 'to', 'from', 'of', 'for', 'in', 'on', 'at', 'into', 'onto', 'via', 'like', 'against', 'between', 'about', 'after', 'before', 'including',
  'said', 'says', 'told', 'asked', 'when', 'while', 'as', 'that', 'than', 'then', 'now', 'also', 'is', 'was', 'the', 'a', 'an', 'mr', 'ms', 'mrs', 'dr',
]);
