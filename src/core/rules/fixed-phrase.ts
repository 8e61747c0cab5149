/**
 * fixed-phrase — "counterfeit intelligence" → "artificial intelligence",
 * "profound learning" → "deep learning", "cloud figuring" → "cloud computing".
 *
 * Article spinners, and some machine translation, swap one word of a fixed
 * phrase for a synonym. This rule knows the frequent fixed phrases of
 * English (WordNet's multi-word nouns tagged in SemCor, plus current terms
 * in `data/fixed-phrases.ts`) and the synonyms a thesaurus offers for each
 * of their words (WordNet synsets), and flags a sequence that is a fixed
 * phrase with one word replaced by a rarer synonym.
 *
 * Deliberately not flagged:
 * - a swapped phrase that is itself a term: "air pressure" is not a garbled
 *   "air force";
 * - swaps to a much more common word ("key bank" for central bank is
 *   ordinary English);
 * - in a two-word phrase, words only a thesaurus's loose associations link
 *   (the Moby Thesaurus offers "tile" for paper: "white tile" is no garbled
 *   "white paper"), unless the article has other swapped phrases: a spun
 *   article has many ("counterfeit intelligence" next to "profound
 *   learning");
 * - a swap that only word vectors see ("machine studying"), in an article
 *   that does not otherwise look spun or translated, or whose word sits
 *   naturally next to the phrase's other word ("central government" is no
 *   garbled "central bank"), or that is one of the most frequent words of
 *   English, which word vectors put near many others ("water security" is
 *   no garbled "food security");
 * - names: capitalised words inside a sentence, unless the whole phrase is
 *   capitalised ("Food and Drug Management").
 */
import { KNOWN_PHRASES, PHRASES, PHRASE_SYNONYMS } from '../data/generated/lexicon.js';
import { isKnownWord, zipf } from '../dictionary.js';
import type { Token } from '../parse.js';
import type { Report, Rule } from '../rule.js';
import { sentenceView } from '../scan.js';
import { matchCase } from '../text.js';
import { collocates, cosine, wordVector } from '../vectors.js';

/** For a swapped word, the phrase words it is a synonym of, and whether only the Moby Thesaurus links them (`loose`). */
type Reverse = Map<string, Map<string, { loose: boolean }>>;

/** For a phrase with one word blanked ("neural *"), the words that fill the blank. */
type Slots = Map<string, string[]>;

let index: { phrases: Set<string>; known: Set<string>; reverse: Reverse; slots: Slots; phraseWords: Set<string>; lengths: Set<number> } | undefined;

function load(): NonNullable<typeof index> {
  if (index) return index;
  const reverse: Reverse = new Map();
  for (const [word, synonyms] of Object.entries(PHRASE_SYNONYMS)) {
    for (const entry of synonyms) {
      const loose = entry.startsWith('~');
      const synonym = loose ? entry.slice(1) : entry;
      if (synonym.includes(' ')) continue;
      let map = reverse.get(synonym);
      if (!map) reverse.set(synonym, (map = new Map()));
      if (!map.has(word)) map.set(word, { loose });
    }
  }
  const slots: Slots = new Map();
  for (const phrase of PHRASES) {
    const words = phrase.split(' ');
    words.forEach((word, i) => {
      if (FUNCTION.has(word)) return;
      const key = blank(words, i);
      slots.set(key, [...(slots.get(key) ?? []), word]);
    });
  }
  index = { phrases: new Set(PHRASES), known: new Set(KNOWN_PHRASES), reverse, slots, phraseWords: new Set(PHRASES.flatMap((p) => p.split(' '))), lengths: new Set(PHRASES.map((p) => p.split(' ').length)) };
  return index;
}

function blank(words: readonly string[], i: number): string {
  return [...words.slice(0, i), '*', ...words.slice(i + 1)].join(' ');
}

/** British and American spellings compared alike ("air defence" is the known "air defense"). */
function spellingNeutral(phrase: string): string {
  return phrase.replace(/ence\b/g, 'ense').replace(/isation\b/g, 'ization').replace(/programme\b/g, 'program').replace(/centre\b/g, 'center').replace(/our\b/g, 'or');
}

/** Closed-class words never count as a swapped word. */
const FUNCTION = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'is', 'are', 'was', 'were', 'be',
  // Pronouns: the thesaurus links "me" to "hard" ("hard" → "me drive" is no garbled "hard drive").
  'i', 'me', 'you', 'he', 'him', 'she', 'her', 'it', 'we', 'us', 'they', 'them',
]);

export const fixedPhrase: Rule = {
  id: 'fixed-phrase',
  category: 'mistranslation',
  severity: 'warning',
  safeFix: false,
  description: 'A fixed phrase with one word swapped for a synonym, typical of article spinners ("counterfeit intelligence")',
  check(doc, report) {
    const { phrases, known, reverse, slots, phraseWords, lengths } = load();
    // Loose swaps in two-word phrases wait for the whole document: see the end.
    const loose: (Report & { key: string })[] = [];
    let tight = 0;
    const sizes = [...lengths].sort((a, b) => b - a);
    doc.sentences.forEach((_, s) => {
      const view = sentenceView(doc, s);
      const heading = doc.paragraphs[doc.sentences[s]!.paragraph]!.heading;
      const pieces = wordPieces(view.tokens);
      for (let k = 0; k < pieces.length; k++) {
        // A window starts and ends on whole tokens: "take-residence pay", not the "residence pay" of it.
        if (!pieces[k]!.opens) continue;
        for (const n of sizes) {
          const tokens = pieces.slice(k, k + n);
          if (tokens.length < n || tokens.some((t) => t.kind !== 'word') || !tokens[n - 1]!.closes) continue;
          // A hyphenated word alone is a compound of its own ("sea-damp", "life-supporting"), and the guards
          // below for two-word phrases count words as written: "take-residence pay" is two.
          const span = tokens.filter((t) => t.closes).length;
          if (span < 2) continue;
          const words = tokens.map((t) => t.lower);
          if (phrases.has(words.join(' ')) || phrases.has(spellingNeutral(words.join(' '))) || known.has(words.join(' '))) continue;
          // Names are capitalised; a phrase counts only when all of it is (or in a headline).
          const content = tokens.filter((t) => !FUNCTION.has(t.lower));
          const capitals = content.filter((t) => /^\p{Lu}/u.test(t.text)).length;
          if (capitals && capitals !== content.length && !heading && !(k === 0 && capitals === 1)) continue;
          // Two capitalised words are a name, and names vary legitimately ("Air Command" is no garbled "Air Force").
          if (capitals > 1 && span === 2 && !heading) continue;
          const match = swapped(words, span, phrases, known, reverse) ?? swappedByVectors(words, known, slots, phraseWords);
          if (!match) continue;
          const start = tokens[0]!.start;
          const end = tokens[n - 1]!.end;
          const actual = doc.text.slice(start, end);
          // The fixed phrase keeps the text's hyphens: "take-residence pay" → "take-home pay".
          const expected = match.phrase
            .split(' ')
            .map((w, i) => ((capitals === content.length && capitals > 1) || heading ? (FUNCTION.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)) : i === 0 ? matchCase(tokens[0]!.text, w) : w))
            .reduce((joined, w, i) => (i === 0 ? w : `${joined}${tokens[i - 1]!.closes ? ' ' : '-'}${w}`), '');
          const finding: Report = {
            start,
            end,
            message: `Unexpected \`${actual}\`, expected the fixed phrase \`${expected}\``,
            note: `\`${match.from}\` is ${match.similarity === undefined ? 'a thesaurus synonym' : `a near neighbour (word vectors, similarity ${match.similarity.toFixed(2)})`} of \`${match.to}\`, but the phrase is fixed; article spinners and some machine translation swap such words.`,
            suggestions: [expected],
          };
          if (match.similarity !== undefined) report({ ...finding, gated: true });
          else if (match.loose && span === 2) loose.push({ ...finding, key: words.join(' ') });
          else {
            tight++;
            report(finding);
          }
          k += n - 1;
          break;
        }
      }
    });
    // A loose association in two words ("counterfeit intelligence", but also "white tile" for white paper)
    // is a spinner's only in a spun article: one with another swapped phrase.
    if (tight > 0 || new Set(loose.map((f) => f.key)).size >= 2) for (const { key: _, ...finding } of loose) report(finding);
  },
};

/** A word, or one part of a hyphenated word; `opens` and `closes` mark a token's first and last part. */
type Piece = Pick<Token, 'kind' | 'text' | 'lower' | 'start' | 'end'> & { opens: boolean; closes: boolean };

/** The sentence's tokens with hyphenated words split at their hyphens, since the phrase table writes "take home pay". */
function wordPieces(tokens: readonly Token[]): Piece[] {
  const pieces: Piece[] = [];
  for (const token of tokens) {
    const parts = token.kind === 'word' && token.text.includes('-') ? token.text.split('-') : [token.text];
    if (parts.some((part) => !part)) {
      pieces.push({ kind: token.kind, text: token.text, lower: token.lower, start: token.start, end: token.end, opens: true, closes: true });
      continue;
    }
    let start = token.start;
    parts.forEach((text, i) => {
      pieces.push({ kind: token.kind, text, lower: text.toLowerCase(), start, end: start + text.length, opens: i === 0, closes: i === parts.length - 1 });
      start += text.length + 1;
    });
  }
  return pieces;
}

interface Swap {
  phrase: string;
  from: string;
  to: string;
  loose: boolean;
  /** Set when word vectors, not a thesaurus, link the two words. */
  similarity?: number;
}

/**
 * The second test, for the synonyms no thesaurus lists ("neural community"
 * for neural network, "machine studying" for machine learning): the swapped
 * word is a close neighbour of the phrase's word by the word vectors
 * (cosine ≥ NEIGHBOUR_SIMILARITY). Gated: kept only in an article that
 * already looks machine-translated or spun, because word vectors also put
 * "first" near "prime" and "social" near "public".
 */
function swappedByVectors(words: string[], known: Set<string>, slots: Slots, phraseWords: Set<string>): Swap | undefined {
  // Every word but the swapped one is a phrase word: at most one may be foreign to the phrase table.
  const outside = words.filter((w) => !phraseWords.has(w)).length;
  if (outside > 1) return undefined;
  if (known.has(words.join(' ')) || known.has(spellingNeutral(words.join(' ')))) return undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (FUNCTION.has(word) || (outside === 1 && phraseWords.has(word))) continue;
    const originals = slots.get(blank(words, i));
    if (!originals) continue;
    const own = wordVector(word);
    if (!own) continue;
    for (const original of originals) {
      if (word === `${original}s` || original === `${word}s` || word.slice(0, 4) === original.slice(0, 4)) continue;
      // A spinner swaps like for like: "studying" for "learning", not "champions" for "cup" or "higher" for "interest".
      if (inflection(word) !== inflection(original) || MODALS.has(word) || GENERIC.has(word)) continue;
      // The most frequent words are near many others by word vectors ("water" near "food", "part" near "point",
      // "three" near "double"), and make ordinary phrases with anything: "water security", "match part of".
      if (zipf(word) > MAX_VECTOR_SWAP_ZIPF) continue;
      const vector = wordVector(original);
      const similarity = vector && cosine(own, vector);
      if (!similarity || similarity < NEIGHBOUR_SIMILARITY) continue;
      // A word that sits naturally next to the phrase's other word makes an ordinary phrase ("central government").
      if (collocates(word, [words[i - 1], words[i + 1]].filter((w) => w && !FUNCTION.has(w)))) continue;
      return { phrase: [...words.slice(0, i), original, ...words.slice(i + 1)].join(' '), from: word, to: original, loose: true, similarity };
    }
  }
  return undefined;
}

const MODALS = new Set(['can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would']);
/** Determiners and all-purpose adjectives are near everything by word vectors: "his goal" is no garbled "own goal". */
const GENERIC = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'other', 'another', 'first', 'second', 'last', 'next', 'good', 'bad', 'new', 'old', 'same', 'such', 'own', 'personal', 'real', 'great', 'big', 'small', 'major', 'main', 'whole', 'every', 'each', 'some', 'any', 'all', 'more', 'most', 'only', 'then', 'not', 'also', 'very']);

/** A word's inflection, by its ending on a known stem: plural or third person, -ing, -ed, comparative; '' for none. */
function inflection(word: string): string {
  const stem = (cut: number, add = ''): boolean => word.length - cut >= 3 && isKnownWord(word.slice(0, -cut) + add);
  if (word.endsWith('ing') && (stem(3) || stem(3, 'e'))) return 'ing';
  if (word.endsWith('ed') && (stem(2) || stem(1))) return 'ed';
  if (word.endsWith('er') && (stem(2) || stem(1))) return 'er';
  if (/[^su]s$/.test(word) && (stem(1) || (word.endsWith('ies') && stem(3, 'y')))) return 's';
  return '';
}

/** The Zipf class above which a word is too common for the word-vector test (4: "studying", "supply"; 5: "water", "office", "sound"). */
const MAX_VECTOR_SWAP_ZIPF = 4;

/** How close (cosine) two words' vectors must be for one to stand for the other in a fixed phrase. */
const NEIGHBOUR_SIMILARITY = 0.6;

/** The fixed phrase these words (`span` words as written, counting a hyphenated word once) are, with one word swapped for a rarer synonym, if any. */
function swapped(words: string[], span: number, phrases: Set<string>, known: Set<string>, reverse: Reverse): Swap | undefined {
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (FUNCTION.has(word)) continue;
    for (const [original, { loose }] of reverse.get(word) ?? []) {
      // A spinner swaps content words; a phrase's closed-class words must be as written ("being the first time" is no "for the first time").
      if (FUNCTION.has(original)) continue;
      const candidate = [...words.slice(0, i), original, ...words.slice(i + 1)].join(' ');
      if (!phrases.has(candidate) || known.has(words.join(' ')) || known.has(spellingNeutral(words.join(' ')))) continue;
      // "interest rates" is the plural of the phrase, not a swap.
      if (word === `${original}s` || original === `${word}s` || word === original.replace(/y$/, 'ies')) continue;
      // In a two-word phrase only a rare swapped word is a spinner's ("focal bank", "synthetic intelligence");
      // a common one makes an ordinary phrase ("former minister", "national health"). Longer phrases
      // give enough context to accept any swap ("gross home product").
      if (span === 2 && zipf(word) > 3 && zipf(word) >= zipf(original)) continue;
      return { phrase: candidate, from: word, to: original, loose };
    }
  }
  return undefined;
}
