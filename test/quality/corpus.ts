/**
 * Reads the annotated corpus in test/quality/corpus (format in its README):
 * strips the markup and returns the article text with gold spans.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS = join(process.cwd(), 'test/quality/corpus');

/** A machine-translation error: `{{garbled => correction | mechanism}}`. */
export interface GoldError {
  start: number;
  end: number;
  text: string;
  correction: string;
  mechanism: string;
}

/** A labelled figure: `[[figure | sourced|unsourced|vague]]`. */
export interface GoldFigure {
  start: number;
  end: number;
  text: string;
  label: 'sourced' | 'unsourced' | 'vague';
}

export interface CorpusFile {
  name: string;
  source: string;
  /** The header's topic ("crime", "economy"), or ''. */
  topic: string;
  text: string;
  errors: GoldError[];
  figures: GoldFigure[];
}

const MARKUP = /\{\{(.+?)=>(.*?)\|\s*([a-z-]+)\s*\}\}|\[\[(.+?)\|\s*(sourced|unsourced|vague)\s*\]\]/g;

/** Parses one annotated file. */
export function parseAnnotated(name: string, raw: string): CorpusFile {
  const lines = raw.split('\n');
  const header = lines[0]!.startsWith('#') ? lines.shift()! : '';
  const body = lines.join('\n');
  let text = '';
  let at = 0;
  const errors: GoldError[] = [];
  const figures: GoldFigure[] = [];
  for (const m of body.matchAll(MARKUP)) {
    text += body.slice(at, m.index);
    at = m.index! + m[0].length;
    const inner = (m[1] ?? m[4])!.trim();
    const start = text.length;
    text += inner;
    if (m[1] !== undefined) errors.push({ start, end: text.length, text: inner, correction: m[2]!.trim(), mechanism: m[3]! });
    else figures.push({ start, end: text.length, text: inner, label: m[5] as GoldFigure['label'] });
  }
  text += body.slice(at);
  return { name, source: /source:\s*([^;]+)/.exec(header)?.[1]?.trim() ?? '', topic: /topic:\s*([^;]+)/.exec(header)?.[1]?.trim() ?? '', text, errors, figures };
}

/** All annotated files of a corpus folder ("garbled/dev", "clean", "figures"). */
export function loadCorpus(folder: string): CorpusFile[] {
  const dir = join(CORPUS, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseAnnotated(`${folder}/${f}`, readFileSync(join(dir, f), 'utf8')));
}
