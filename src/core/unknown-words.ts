/**
 * The words of a document that are not English as written: not in the
 * dictionaries (Hunspell en_US + en_GB, WordNet, SUBTLEX-US), not a name
 * (capitalised words and entity mentions are skipped: names are the most
 * common false alarm of spelling checkers), not an acronym, not a compound
 * of known parts or a productive prefix and a known word ("cyberdefense",
 * "re-run"), not English with its borrowed accents ("détente"), not a
 * loanword newswire uses ("gelato": `isAttested` in vectors.ts), not a long
 * word shaped like English technical vocabulary ("propionate"), not a
 * foreign word the text explains ("karoshi, or death from overwork"). Each
 * is classified as a foreign word left untranslated (its
 * letters read as French, Spanish, Portuguese, Dutch, Polish or Turkish) or
 * as a non-word, with suggestions for the latter.
 */
import { isCommonWord, isKnownWord, spellingNeighbours, spellingSuggestions, zipf } from './dictionary.js';
import { extractEntities, mentionAt } from './entities/index.js';
import { foreignLanguage } from './language.js';
import { memo, type Doc, type Token } from './parse.js';
import type { Span } from './types.js';
import { isAllCaps } from './text.js';
import { ADOPTED_PHRASES } from './data/generated/lexicon.js';
import { isAttested } from './vectors.js';

export interface UnknownWord extends Span {
  /** The unknown word, or the unknown part of a hyphenated compound ("startred" in "cyber-startred"). */
  text: string;
  /** The whole token ("cyber-startred"). */
  token: Token;
  /**
   * - foreign: its letters read as another language (untranslated);
   * - garble: the marks of machine translation: part of a compound, a shouted
   *   word, a noun inflected as a verb ("frauded"), words run together
   *   ("cyberpolic"), a derivation from no English stem ("indagated");
   * - typo: close to a common English word, or nothing more can be said.
   */
  kind: 'foreign' | 'garble' | 'typo';
  /** For foreign words: the language the letters read as most. */
  language?: string;
  /** Replacements, best first. */
  suggestions: string[];
}

/** How often a word (lower case) occurs in a document (memoised per document). */
function occurrences(doc: Doc, word: string): number {
  const counts = memo(doc, 'word-counts', () => {
    const out = new Map<string, number>();
    for (const t of doc.tokens) if (t.kind === 'word') out.set(t.lower, (out.get(t.lower) ?? 0) + 1);
    return out;
  });
  return counts.get(word) ?? 0;
}

/** True when a token is quoted as a word: "aya", "le chien" (a mention, not a use). */
function quoted(doc: Doc, token: Token): boolean {
  const before = doc.text.slice(Math.max(0, token.start - 20), token.start);
  const after = doc.text.slice(token.end, token.end + 20);
  return /["“‘']\s*(?:\p{L}+\s+){0,2}$/u.test(before) && /^(?:\s+\p{L}+){0,2}\s*[,.]?["”’']/u.test(after);
}

/**
 * True when the text explains a foreign word where it uses it, so it is used
 * knowingly, not left untranslated: "karoshi, or death from overwork",
 * "the boulangerie (bakery)", "what the French call laïcité".
 */
function glossed(doc: Doc, token: Token): boolean {
  const before = doc.text.slice(Math.max(0, token.start - 30), token.start);
  const after = doc.text.slice(token.end, token.end + 20);
  return /^["”’']?(?:\s*\(|,\s+(?:or|meaning|which means|literally|i\.e\.|a|an|the)\s|\s+(?:–|—|-)\s+(?:a|an|the|meaning|literally)\s|\s*[,:]?\s+(?:meaning|literally)\s)/u.test(after) || /\b(?:call|calls|called|known as|term|word|dubbed|so-called)\s+["“‘']?$/iu.test(before);
}

let adopted: Map<string, string[]> | undefined;

/** The adopted phrases by each of their words. */
function adoptedByWord(): Map<string, string[]> {
  if (adopted) return adopted;
  adopted = new Map();
  for (const phrase of ADOPTED_PHRASES) for (const word of new Set(phrase.split(' '))) adopted.set(word, [...(adopted.get(word) ?? []), phrase]);
  return adopted;
}

/** True when a token belongs to a foreign phrase English has adopted: "per diem", "avant garde", "nolo contendere". */
function inPhrase(doc: Doc, token: Token): boolean {
  const lower = token.lower.replace(/-/g, ' ');
  const candidates = adoptedByWord().get(lower.split(' ')[0]!)?.filter((p) => p.includes(lower));
  if (!candidates?.length) return false;
  const around = doc.text.slice(Math.max(0, token.start - 30), token.end + 30).toLowerCase().replace(/-/g, ' ');
  return candidates.some((p) => around.includes(p));
}

/** Prefixes that make new English words from known ones: "cyber" + "defense", "re" + "elect". */
const PREFIXES = [
  'anti', 'auto', 'bio', 'co', 'counter', 'crypto', 'cyber', 'de', 'dis', 'e', 'eco', 'euro', 'ex', 'geo', 'hyper', 'inter', 'intra', 'macro', 'mega', 'micro',
  'mid', 'mini', 'mis', 'multi', 'nano', 'neo', 'non', 'out', 'over', 'post', 'pre', 'pro', 'pseudo', 'quasi', 're', 'self', 'semi', 'sub', 'super', 'tele',
  'trans', 'tri', 'ultra', 'un', 'under', 'vice', 'bi', 'agri', 'agro', 'socio', 'psycho', 'neuro', 'electro', 'petro', 'thermo', 'hydro', 'photo', 'radio',
  'man', 'pyro', 'aero', 'astro', 'cardio', 'immuno', 'onco', 'cyto', 'chrono', 'narco', 'techno', 'info', 'mono', 'poly', 'omni', 'para',
];
/** Combining forms that start new compounds in current news ("cyberpolic", "cyber-startred"): a garbled part next to one is machine-made. */
const COMBINING = new Set(['anti', 'bio', 'counter', 'crypto', 'cyber', 'e', 'eco', 'geo', 'hyper', 'mega', 'micro', 'multi', 'nano', 'super', 'tele', 'ultra']);

/**
 * Long words with the suffixes of English technical vocabulary (chemistry,
 * medicine, science): "propionate", "hydroxylation", "guanidine", and drug
 * names by their international nonproprietary name stems ("-mab" for
 * monoclonal antibodies, "-nib" kinase inhibitors, "-vir" antivirals). The
 * dictionaries miss many, and their Latin and Greek letters read as foreign,
 * but they are English words, not leftovers of a translation.
 */
const TECHNICAL = /^\p{Ll}{5,}(?:ation|ization|isation|ate|ates|ide|ides|ene|enes|yl|ine|ines|ase|ose|amine|ium|ical|ically|ian|ive|ible|mab|nib|vir|pril|sartan|olol|statin|cillin|mycin|azole|parin|tide|gliptin|flozin)$/u;

/** Shapes of words that are not meant as English words: abbreviations with apostrophes, onomatopoeia, units. */
const SKIP = /['’].|^(?:hm+|u[hm]+|a+h+|o+h+|sh+|zz+)$/i;

/** The unknown words of a document (memoised). */
export function unknownWords(doc: Doc): UnknownWord[] {
  return memo(doc, 'unknown-words', () => {
    const extraction = extractEntities(doc);
    const out: UnknownWord[] = [];
    let lastWord: Token | undefined;
    for (const token of doc.tokens) {
      const before = lastWord;
      if (token.kind === 'word') lastWord = token;
      if (token.kind !== 'word' || token.text.length < 3 || /\d/.test(token.text) || SKIP.test(token.text.replace(/['’]s$/, ''))) continue;
      // Abbreviations ("p.m.", "et al.", "approx." — a token that kept its stop, see parse.ts) and elisions ("countin'") are not words to spell-check.
      if (/\.\p{L}|\.$/u.test(token.text) || /^['’]/.test(doc.text.charAt(token.end)) || (doc.text.charAt(token.end) === '.' && token.text.length <= 4)) continue;
      // Capitalised words are names (or sentence starts of names); only long shouted words are checked.
      const shouted = isAllCaps(token.text) && token.text.replace(/[^\p{L}]/gu, '').length > 6;
      if (/\p{Lu}/u.test(token.text) && !shouted) continue;
      if (mentionAt(extraction, token.start)) continue;
      // The lower-case tail of a foreign name: "the Cinémathèque française", "Académie française".
      const previous = before && /^[ \u00A0]$/.test(doc.text.slice(before.end, token.start)) ? before : undefined;
      if (previous && /^\p{Lu}/u.test(previous.text) && !isEnglish(previous.text.toLowerCase())) continue;
      const word = token.text.replace(/['’]s$/, '');
      const parts = word.split('-');
      const combined = parts.length > 1 && parts.some((p) => COMBINING.has(p.toLowerCase()));
      // "cyber-vols": every part is in a dictionary, but one only as a rare abbreviation that reads as foreign.
      if (isEnglish(word) && !(combined && parts.some((p) => rareForeign(p)))) continue;
      // A foreign word used more than once is a term of the article ("camembert", "informateur"), not a leftover.
      if (occurrences(doc, word.toLowerCase()) > 1) continue;
      let at = token.start;
      const english = parts.map((part) => part.length < 2 || isEnglish(part));
      parts.forEach((part, i) => {
        const start = at;
        at += part.length + 1;
        if (english[i] && !(parts.length > 1 && rareForeign(part))) return;
        // Part of a foreign phrase English has adopted ("per diem", "pro forma"): English, whatever it is alone.
        if (inPhrase(doc, token)) return;
        const lower = part.toLowerCase();
        const { suggestions, garble, neighbours, oneEdit } = classify(part);
        // A loanword English newswire uses ("gelato", "renminbi", "ramen") is English here
        // (the list leaves out misspellings of commoner words, such as "goverment": see vectors.ts).
        if (parts.length === 1 && isAttested(lower)) return;
        // A technical word is English unless it is one slip from a known word ("adminstration").
        if (TECHNICAL.test(part) && !oneEdit) return;
        const inCompound = parts.length > 1 && parts.some((p, j) => j !== i && COMBINING.has(p.toLowerCase()));
        // A word with a close English neighbour is a typo, whatever its letters read as ("pseudynom"),
        // unless it sits in a compound machine translation made ("cyber-vols").
        // A neighbour two edits away is weaker evidence of a slip: such a word reads as foreign on strong evidence ("enquete").
        const far = suggestions.length && !garble && !inCompound && !oneEdit;
        const foreign = suggestions.length && !garble && !inCompound && !far ? undefined : foreignLanguage(lower);
        // A word with no English neighbour at all needs less evidence to read as foreign ("vereadores").
        const threshold = far ? FAR_NEIGHBOUR_MARGIN : inCompound ? 0.3 : neighbours ? 0.5 : 0.1;
        const isForeign = foreign && foreign.margin >= threshold && !quoted(doc, token);
        // A word the text explains is used knowingly ("karoshi, or death from overwork"; "the actas, the tally sheets").
        if (glossed(doc, token)) return;
        if (isForeign) {
          out.push({ start, end: start + part.length, text: part, token, kind: 'foreign', language: foreign.name, suggestions: [] });
          return;
        }
        out.push({ start, end: start + part.length, text: part, token, kind: garble || inCompound || shouted ? 'garble' : 'typo', suggestions });
      });
    }
    return out;
  });
}

/** Suffixes that make English words from English stems: "border" + "less", "military" → "militaries". */
// Derivational suffixes and noun plurals only: Hunspell already lists real verbs' inflections, so a
// noun inflected as a verb ("frauded") stays unknown.
const SUFFIXES: [string, string][] = [
  ['less', ''], ['ness', ''], ['ship', ''], ['hood', ''], ['wise', ''], ['like', ''], ['ism', ''], ['isms', ''], ['ist', ''], ['ists', ''], ['ity', ''],
  ['ities', ''], ['ization', ''], ['isation', ''], ['ment', ''], ['ments', ''], ['able', ''], ['ful', ''], ['ary', ''], ['ory', 'e'], ['ies', 'y'], ['s', ''],
  ['er', 'e'], ['ers', 'e'],
  ['es', ''],
];

/** True for a known word, a productive prefix or suffix on a known word, or two known words run together. */
function isEnglish(word: string): boolean {
  if (isKnownWord(word)) return true;
  // English spelled with its borrowed accents: "détente", "naïve", "cliché", "omertà".
  if (/[^\u0000-\u007f]/.test(word)) {
    const folded = word.normalize('NFD').replace(/\p{M}/gu, '');
    if (folded !== word && /^[\u0000-\u007f]+$/.test(folded) && isEnglish(folded)) return true;
  }
  const lower = word.toLowerCase();
  if (PREFIXES.includes(lower)) return true;
  const stem = (w: string): boolean => w.length >= 3 && isKnownWord(w) && isCommonWord(w);
  if (PREFIXES.some((p) => lower.startsWith(p) && stem(lower.slice(p.length)) && zipf(lower.slice(p.length)) >= 2)) return true;
  if (SUFFIXES.some(([suffix, restore]) => lower.endsWith(suffix) && stem(lower.slice(0, -suffix.length) + restore))) return true;
  // Two common words of four letters or more written as one: "cheesemakers", "peacekeeping".
  for (let i = 4; i <= lower.length - 4; i++) {
    const [a, b] = [lower.slice(0, i), lower.slice(i)];
    if (zipf(a) >= 3 && zipf(b) >= 3 && isCommonWord(a) && isCommonWord(b)) return true;
  }
  return false;
}

/** The foreign-model margin (language.ts) a word needs to read as foreign when its nearest English word is two edits away. Chosen on dev and whole Brown. */
const FAR_NEIGHBOUR_MARGIN = 1;

/** A compound part that is English only as a rare abbreviation but reads as foreign: "vols" in "cyber-vols". */
function rareForeign(part: string): boolean {
  if (zipf(part) > 1 || !isCommonWord(part.toLowerCase()) || PREFIXES.includes(part.toLowerCase())) return false;
  const foreign = foreignLanguage(part);
  return !!foreign && foreign.margin >= 0.3;
}

/**
 * Suggestions for a non-word, best first, and whether it bears the marks of
 * machine translation: a dropped prefix ("frauded" → "defrauded"), a
 * run-together compound ("cyberpolic" → "cyber policy"), or an English
 * suffix on a stem that is no English word ("indagated"). A word with close
 * spelling neighbours and none of these marks is a plain typo.
 */
function classify(word: string): { suggestions: string[]; garble: boolean; neighbours: boolean; oneEdit: boolean } {
  const lower = word.toLowerCase();
  const garbles: string[] = [];
  for (const prefix of ['de', 'en', 'dis', 'be', 'im', 'in']) {
    const candidate = prefix + lower;
    if (isKnownWord(candidate) && zipf(candidate) >= 2) garbles.push(candidate);
  }
  for (const prefix of COMBINING) {
    if (prefix.length < 3 || !lower.startsWith(prefix) || lower.length - prefix.length < 3) continue;
    for (const rest of spellingSuggestions(lower.slice(prefix.length), 2)) garbles.push(`${prefix} ${rest}`);
  }
  const { one, two } = spellingNeighbours(lower);
  // One edit from a common word is a typo; an English suffix on a stem two edits from anything is made up ("indagated").
  const pseudoDerivation = !one.length && /(?:ated|ation|ized|ised|ment|ously)$/.test(lower);
  const all = [...new Set(garbles.length ? garbles : [...one, ...two])].slice(0, 3);
  return { suggestions: isAllCaps(word) ? all.map((s) => s.toUpperCase()) : all, garble: garbles.length > 0 || pseudoDerivation, neighbours: one.length + two.length > 0, oneEdit: one.length > 0 };
}
