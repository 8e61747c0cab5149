/**
 * Word-level judgements about names: is this token a title, an organisation
 * head, a surname, a romanised given name; what is the normalised key of a
 * name, under which spelling variants fall together.
 */
import { EAST_ASIAN_SURNAMES, JAPANESE_SURNAMES, NAME_CONNECTORS, ORGANIZATION_HEADS, PERSON_TITLES, PLACE_HEADS, SYLLABLE } from '../data/names.js';
import { GIVEN_NAMES } from '../data/generated/lexicon.js';
import { HONORIFIC_SUFFIXES } from '../data/honorifics.js';
import { isCommonWord } from '../dictionary.js';
import { isAllCaps, fold } from '../text.js';

const titles = new Set(PERSON_TITLES);
const orgHeads = new Set(ORGANIZATION_HEADS);
const placeHeads = new Set(PLACE_HEADS);
const connectors = new Set(NAME_CONNECTORS);
const eastAsian = new Set(EAST_ASIAN_SURNAMES);
const japanese = new Set(JAPANESE_SURNAMES);
let givenNames: Set<string> | undefined;

/** Strips a trailing full stop and possessive and lower-cases: "Mr." → "mr", "Korea's" → "korea". */
export function bare(word: string): string {
  return word.replace(/['’]s?$/, '').replace(/\.$/, '').toLowerCase();
}

/** A person title or honorific: "President", "Ms.", "legislator". */
export function isTitle(word: string): boolean {
  return titles.has(bare(word));
}

/** Nouns that head a role in apposition besides titles: ", a member of the assembly". */
const ROLE_NOUNS = new Set(['member', 'head', 'official', 'leader', 'founder', 'owner', 'editor', 'executive', 'analyst', 'researcher', 'expert', 'resident', 'student', 'worker', 'manager']);

/** The word that heads a role: "director" in "deputy director of security". */
export function roleHead(role: string): string | undefined {
  return role
    .split(/\s+/)
    .map((w) => bare(w))
    .find((w) => titles.has(w) || ROLE_NOUNS.has(w));
}

/** A title or a role noun. */
export function isRoleWord(word: string): boolean {
  return titles.has(bare(word)) || ROLE_NOUNS.has(bare(word));
}

/** A word that makes a name an organisation: "Ministry", "Agency", "Daily". */
export function isOrganizationHead(word: string): boolean {
  return orgHeads.has(bare(word));
}

/** A word that makes a name a place: "County", "River", "Hotel". */
export function isPlaceHead(word: string): boolean {
  return placeHeads.has(bare(word));
}

/** A lower-case word allowed inside a name: "of", "and", "van". */
export function isConnector(word: string): boolean {
  return connectors.has(word);
}

/** A family name that opens an East Asian name ("Kim", "HA", "Yoon") or a frequent Japanese one. */
export function isAsianSurname(word: string): boolean {
  const b = bare(word);
  return eastAsian.has(b) || japanese.has(b);
}

/** A given name from the human-names lists ("Philip", "Anne"). */
export function isGivenName(word: string): boolean {
  givenNames ??= new Set(GIVEN_NAMES.split('\n'));
  return givenNames.has(word.replace(/['’]s?$/, ''));
}

/**
 * A romanised two-syllable given name: hyphenated ("Suk-yeol", "Tae-Keung")
 * or joined when both halves are syllables ("Sukyeol" is not checked: too
 * many English words split that way).
 */
export function isRomanizedGivenName(word: string): boolean {
  const parts = word.replace(/['’]s?$/, '').split('-');
  return parts.length === 2 && parts.every((p) => p.length >= 1 && p.length <= 5 && SYLLABLE.test(p));
}

/** A single romanised syllable written as a word ("Suk" in "Yoon Suk Yeol"). */
export function isSyllable(word: string): boolean {
  return word.length <= 5 && SYLLABLE.test(word);
}

/** An acronym: two to eight capitals, optionally with dots or an ampersand ("UN", "U.S.", "AT&T"). */
export function isAcronym(word: string): boolean {
  const w = word.replace(/['’]s?$/, '');
  return isAllCaps(w) && /^[\p{Lu}][\p{Lu}.&\d-]{1,9}$/u.test(w);
}

/**
 * The key under which spellings of one name fall together: case, hyphens,
 * spaces, full stops and diacritics folded, titles removed.
 * "Yoon Suk-yeol", "Yoon Suk Yeol" and "YOON Suk-Yeol" all give "yoonsukyeol".
 */
export function nameKey(name: string): string {
  const words = fold(name)
    .replace(/['’]s$/, '')
    .split(/[\s.]+/)
    .filter((w) => w && !titles.has(w));
  return words.join('').replace(/[-‐‑'’]/g, '');
}

/** Like `nameKey` but independent of word order ("Kim Eun-ju" and "Eun-Ju Kim" agree). */
export function unorderedKey(name: string): string {
  return fold(name)
    .replace(/['’]s$/, '')
    .split(/[\s.]+/)
    .filter((w) => w && !titles.has(w))
    .map((w) => w.replace(/[-‐‑'’]/g, ''))
    .sort()
    .join(' ');
}

const honorifics = new Set(HONORIFIC_SUFFIXES);

/** A capitalised word that is no English word: "Tanaka", "Verma", not "The" or "Papa". */
export function isUncommonName(text: string | undefined): boolean {
  return !!text && /^\p{Lu}\p{Ll}+$/u.test(text) && !isCommonWord(text);
}
/** Honorifics that are also syllables of romanised given names ("Ka-chan", "Wai-san"). */
const HONORIFIC_SYLLABLES = new Set(['chan', 'kun', 'san']);

/**
 * A name with another language's honorific hyphenated to it ("Tanaka-san",
 * "Kim-ssi"): the name and the honorific. Undefined for a romanised given
 * name ("Ka-chan") or an English word made a nickname ("Papa-san").
 */
export function honorificSuffix(word: string): { name: string; honorific: string } | undefined {
  const hyphen = word.lastIndexOf('-');
  if (hyphen <= 0) return undefined;
  const name = word.slice(0, hyphen);
  const honorific = word.slice(hyphen + 1);
  if (!honorifics.has(honorific) || !isUncommonName(name)) return undefined;
  if (HONORIFIC_SYLLABLES.has(honorific) && isRomanizedGivenName(word)) return undefined;
  return { name, honorific };
}
