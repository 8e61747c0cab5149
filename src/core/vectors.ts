/**
 * Word vectors: how well a word fits the words around it.
 *
 * The vectors are GloVe's (Pennington et al. 2014, trained on Wikipedia and
 * Gigaword newswire), the 20,000 most frequent lower-case words plus the
 * rarer words the wrong-sense lexicon lists or suggests, quantised to a byte
 * per dimension at build time (scripts/build-vectors.mjs). Words
 * that occur in similar contexts get similar vectors, so the cosine between a
 * word and the mean vector of its neighbours says how at home the word is
 * there: "theft" sits much closer than "flight" to "hackers stole crypto
 * exchange wallets". Decoded on first use (about 2 MB).
 */
import { ATTESTED_WORDS, DIMENSIONS, VECTOR_DATA, VECTOR_WORDS } from './data/generated/vectors.js';

/** The most frequent words (the, of, said, …) say nothing about the topic: they are left out of contexts. */
const FUNCTION_RANKS = 150;

interface Table {
  index: Map<string, number>;
  data: Int8Array;
  /** Vectors already decoded to floats (at most one per vocabulary word). */
  decoded: Map<string, Float32Array>;
}

let table: Table | undefined;

function load(): Table {
  if (table) return table;
  const index = new Map<string, number>();
  VECTOR_WORDS.split('\n').forEach((word, i) => index.set(word, i));
  table = { index, data: new Int8Array(decodeBase64(VECTOR_DATA).buffer), decoded: new Map() };
  return table;
}

let attested: Set<string> | undefined;

/**
 * True when English newswire and Wikipedia use the lower-case word often
 * though the dictionaries lack it: among GloVe's 100,000 most frequent
 * lower-case words ("gelato", "renminbi", "ramen"), and not one edit from a
 * known word five times as frequent, which it would misspell ("goverment").
 * Built by scripts/build-vectors.mjs.
 */
export function isAttested(word: string): boolean {
  attested ??= new Set(ATTESTED_WORDS.split('\n'));
  return attested.has(word);
}

/** A unit vector (as floats), or undefined for a word outside the vocabulary. */
export function wordVector(word: string): Float32Array | undefined {
  const { index, data, decoded } = load();
  let out = decoded.get(word);
  if (out) return out;
  const i = index.get(word);
  if (i === undefined) return undefined;
  out = new Float32Array(DIMENSIONS);
  for (let d = 0; d < DIMENSIONS; d++) out[d] = data[i * DIMENSIONS + d]! / 127;
  decoded.set(word, normalize(out));
  return out;
}

/**
 * The normalised mean vector of the content words among `words` (lower
 * case; function words and words without a vector are skipped), or undefined
 * when none is left. A phrase's vector is the context vector of its words.
 */
export function contextVector(words: Iterable<string>): Float32Array | undefined {
  return new Context(words).vector();
}

/**
 * A context kept as a sum, so that one word can be left out of it cheaply:
 * a word is judged against its article without counting itself.
 */
export class Context {
  private readonly sum = new Float32Array(DIMENSIONS);
  private readonly counts = new Map<string, number>();
  private n = 0;

  constructor(words: Iterable<string>) {
    const { index, data } = load();
    for (const word of words) {
      const i = index.get(word);
      if (i === undefined || i < FUNCTION_RANKS) continue;
      for (let d = 0; d < DIMENSIONS; d++) this.sum[d]! += data[i * DIMENSIONS + d]!;
      this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
      this.n++;
    }
  }

  /** The normalised mean vector, leaving out every occurrence of `without`; undefined when nothing is left. */
  vector(without?: string): Float32Array | undefined {
    const times = (without && this.counts.get(without)) || 0;
    if (this.n - times <= 0) return undefined;
    const out = Float32Array.from(this.sum);
    if (times) {
      const { index, data } = load();
      const i = index.get(without!)!;
      for (let d = 0; d < DIMENSIONS; d++) out[d]! -= times * data[i * DIMENSIONS + d]!;
    }
    return normalize(out);
  }
}

/** The vector of a word or a phrase ("crypto theft"), for comparing with a context. */
export function termVector(term: string): Float32Array | undefined {
  const lower = term.toLowerCase();
  return wordVector(lower) ?? contextVector(lower.split(/[\s']+/));
}

/**
 * True when `word` sits naturally next to one of `neighbours` (lower case,
 * content words only, since "the" sits next to everything; words without a
 * vector are skipped). GloVe vectors are fitted to co-occurrence, so words
 * often found together score high ("central government" 0.63, "world
 * competition" 0.71) and an odd pairing low ("machine studying" 0.19,
 * "blood strain" 0.46): a high-scoring pair is an ordinary phrase of
 * English, not a swap to second-guess.
 */
export function collocates(word: string, neighbours: readonly (string | undefined)[]): boolean {
  const own = wordVector(word);
  if (!own) return false;
  return neighbours.some((neighbour) => {
    const vector = neighbour === undefined ? undefined : wordVector(neighbour);
    return !!vector && cosine(own, vector) >= COLLOCATION_SIMILARITY;
  });
}

/** The cosine from which two adjacent words make an ordinary phrase; chosen on dev and on Brown press placed in translated articles. */
const COLLOCATION_SIMILARITY = 0.55;

/** Cosine of two unit vectors: 1 same direction, 0 unrelated. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let d = 0; d < DIMENSIONS; d++) sum += a[d]! * b[d]!;
  return sum;
}

function normalize(v: Float32Array): Float32Array {
  let norm = 0;
  for (let d = 0; d < DIMENSIONS; d++) norm += v[d]! * v[d]!;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIMENSIONS; d++) v[d]! /= norm;
  return v;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 to bytes, without relying on atob or Buffer (the core runs in any host). */
function decodeBase64(text: string): Uint8Array {
  const values = new Uint8Array(128);
  for (let i = 0; i < BASE64.length; i++) values[BASE64.charCodeAt(i)] = i;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n = (values[text.charCodeAt(i)]! << 18) | (values[text.charCodeAt(i + 1)]! << 12) | (values[text.charCodeAt(i + 2)]! << 6) | values[text.charCodeAt(i + 3)]!;
    if (o < out.length) out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 0xff;
    if (o < out.length) out[o++] = n & 0xff;
  }
  return out;
}
