/**
 * English word knowledge from real lexical resources, built at install time
 * by scripts/build-data.mjs: Hunspell en_US and en_GB word forms, WordNet
 * lemmas, SUBTLEX-US frequencies (as Zipf classes 1–7), and WordNet's proper
 * nouns of places and organisations. Decoded lazily on first use.
 */
import { ORGANIZATIONS, PLACES, PROPER_ADJECTIVES, WORDS } from './data/generated/lexicon.js';
import { EXTRA_WORDS } from './data/words.js';

interface Tables {
  /** Lower-cased form → Zipf class × 2, plus 1 when a lower-case entry exists (a common word, not only a name). */
  folded: Map<string, number>;
  places: Set<string>;
  organizations: Set<string>;
  properAdjectives: Set<string>;
}

let tables: Tables | undefined;

function load(): Tables {
  if (tables) return tables;
  const folded = new Map<string, number>();
  let previous = '';
  for (const line of WORDS.split('\n')) {
    const shared = line.charCodeAt(0) - 48;
    const zipf = line.charCodeAt(1) - 48;
    const word = previous.slice(0, shared) + line.slice(2);
    previous = word;
    const lower = word.toLowerCase();
    const before = folded.get(lower) ?? 0;
    folded.set(lower, (Math.max(zipf, before >> 1) << 1) | (before & 1) | (word === lower ? 1 : 0));
  }
  const set = (text: string): Set<string> => new Set(text.split('\n'));
  for (const word of EXTRA_WORDS) folded.set(word, (folded.get(word) ?? 0) | 1);
  tables = { folded, places: set(PLACES), organizations: set(ORGANIZATIONS), properAdjectives: set(PROPER_ADJECTIVES) };
  return tables;
}

const POSSESSIVE = /['’]s?$/;

/** Zipf frequency class of a word (1 rare … 7 very common), 0 when unknown. Case-insensitive. */
export function zipf(word: string): number {
  return (load().folded.get(word.toLowerCase().replace(POSSESSIVE, '')) ?? 0) >> 1;
}

/** True when the lower-case form is an ordinary English word (listed in lower case, not only as a name). */
export function isCommonWord(word: string): boolean {
  return ((load().folded.get(word.toLowerCase()) ?? 0) & 1) === 1;
}

/**
 * True when a word is English as written: listed in any case a sentence can
 * give it (lower, capitalised, all capitals), with or without a possessive,
 * or a hyphenated compound of such words.
 */
export function isKnownWord(word: string): boolean {
  const { folded } = load();
  const bare = word.replace(POSSESSIVE, '');
  if (!bare || /\d/.test(bare)) return true;
  const lower = bare.toLowerCase();
  const entry = folded.get(lower);
  // A lower-case word must be listed in lower case ("seoul" is not English, "Seoul" is).
  if (entry !== undefined && (bare !== lower || (entry & 1) === 1)) return true;
  if (bare.includes('-')) return bare.split('-').every((part) => part === '' || isKnownWord(part));
  return false;
}

/** Words ending in -s whose stem is a word, but which are no plural nouns. */
const NOT_PLURALS = new Set(['has', 'does', 'his', 'hers', 'its', 'is', 'was', 'as', 'us', 'yes', 'less', 'towards', 'goes', 'says', 'thus', 'plus', 'unless', 'whereas', 'besides', 'afterwards', 'always', 'sometimes', 'perhaps', 'nowadays', 'ours', 'yours', 'theirs']);

/** A plausible plural noun: "experts", "officers" (a known word, whose stem without -s or -es is one too). */
export function isPluralNoun(word: string): boolean {
  if (!/s$/.test(word) || NOT_PLURALS.has(word) || !isKnownWord(word)) return false;
  return isKnownWord(word.slice(0, -1)) || (word.endsWith('es') && isKnownWord(word.slice(0, -2))) || (word.endsWith('ies') && isKnownWord(`${word.slice(0, -3)}y`));
}

/** True for a place name WordNet lists ("Seoul", "South Korea", "Atlantic"). */
export function isPlace(name: string): boolean {
  return load().places.has(name);
}

/** True for an organisation name WordNet lists ("Interpol", "European Union"). */
export function isOrganizationName(name: string): boolean {
  return load().organizations.has(name);
}

/** True for a capitalised adjective such as a demonym ("Korean", "Parisian"). */
export function isProperAdjective(word: string): boolean {
  return load().properAdjectives.has(word);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Lower-case forms one edit (delete, transpose, replace, insert) away from a word. */
function edits(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const a = word.slice(0, i);
    const b = word.slice(i);
    if (b) out.add(a + b.slice(1));
    if (b.length > 1) out.add(a + b[1] + b[0] + b.slice(2));
    for (const c of LETTERS) {
      if (b) out.add(a + c + b.slice(1));
      out.add(a + c + b);
    }
  }
  out.delete(word);
  return out;
}

/**
 * Spelling suggestions for a non-word, best first: known words one edit away,
 * then two, ranked by frequency. Computed on demand (a few milliseconds).
 */
export function spellingSuggestions(word: string, max = 3): string[] {
  const { one, two } = spellingNeighbours(word);
  return (one.length ? one : two).slice(0, max);
}

const neighbourCache = new Map<string, { one: string[]; two: string[] }>();

/** Common words one edit and two edits away from a word, each list by frequency (cached: documents repeat their words). */
export function spellingNeighbours(word: string): { one: string[]; two: string[] } {
  const lower = word.toLowerCase();
  let cached = neighbourCache.get(lower);
  if (!cached) {
    if (neighbourCache.size > 5000) neighbourCache.clear();
    neighbourCache.set(lower, (cached = computeNeighbours(lower)));
  }
  return cached;
}

function computeNeighbours(lower: string): { one: string[]; two: string[] } {
  const { folded } = load();
  const score = (w: string): number => (folded.get(w) ?? 0) >> 1;
  const known = (set: Iterable<string>): string[] =>
    [...new Set([...set].filter((w) => ((folded.get(w) ?? 0) & 1) === 1 && score(w) >= 2))].sort((a, b) => score(b) - score(a) || a.localeCompare(b));
  const first = edits(lower);
  const one = known(first);
  let two: string[] = [];
  if (!one.length && lower.length >= 5 && lower.length <= 9) {
    const second = new Set<string>();
    for (const w of first) for (const e of edits(w)) second.add(e);
    two = known(second);
  }
  return { one, two };
}
