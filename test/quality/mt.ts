/**
 * Machine-translation detection measured on the annotated corpus
 * (test/quality/corpus/garbled/{dev,test}: every garble marked with its
 * mechanism) and on clean text (test/quality/corpus/clean and the Brown
 * press section), where every mistranslation finding is a false alarm.
 *
 * A finding is right when it overlaps an annotated error; an error is found
 * when a finding overlaps it. Findings counted: the mistranslation category,
 * plus repeated-word (which catches stutters in headlines).
 */
import { analyze, type Finding } from '../../src/core/index.js';
import { loadBrownAll, loadBrownPress, type BrownText } from './brown.js';
import { loadCorpus, type CorpusFile } from './corpus.js';
import { SENSES } from '../../src/core/data/senses.js';

export interface MtScores {
  /** Per mechanism: annotated errors and how many were found. */
  recall: Record<string, { errors: number; found: number }>;
  /** Findings on garbled text, and how many overlap an annotated error. */
  findings: number;
  right: number;
  /** Wrong-sense and calque rules only: findings and right ones (garbled), plus false alarms on clean text. */
  sense: { findings: number; right: number; cleanFalseAlarms: number };
  /** Documents' translation scores: mean on garbled and on clean text. */
  scores: { garbled: number; clean: number };
  misses: string[];
  wrongFindings: string[];
}

const isMt = (f: Finding): boolean => f.category === 'mistranslation' || f.rule === 'repeated-word';
const isSense = (f: Finding): boolean => f.rule === 'wrong-sense' || f.rule === 'calque';
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

export function measureMt(garbled: CorpusFile[], clean: CorpusFile[]): MtScores {
  const recall: MtScores['recall'] = {};
  const out: MtScores = { recall, findings: 0, right: 0, sense: { findings: 0, right: 0, cleanFalseAlarms: 0 }, scores: { garbled: 0, clean: 0 }, misses: [], wrongFindings: [] };
  const results = analyze(garbled.map((f) => ({ uri: f.name, text: f.text })));
  garbled.forEach((file, i) => {
    const found = results[i]!.findings.filter(isMt);
    out.scores.garbled += results[i]!.translationScore / garbled.length;
    for (const error of file.errors) {
      const r = (recall[error.mechanism] ??= { errors: 0, found: 0 });
      r.errors++;
      if (found.some((f) => overlaps(f, error))) r.found++;
      else out.misses.push(`${file.name} [${error.mechanism}] ${error.text} => ${error.correction}`);
    }
    for (const f of found) {
      out.findings++;
      const right = file.errors.some((e) => overlaps(f, e));
      if (right) out.right++;
      else out.wrongFindings.push(`${file.name} ${f.rule}: ${f.actual}`);
      if (isSense(f)) {
        out.sense.findings++;
        if (right) out.sense.right++;
      }
    }
  });
  const cleanResults = analyze(clean.map((f) => ({ uri: f.name, text: f.text })));
  cleanResults.forEach((r) => {
    out.scores.clean += r.translationScore / clean.length;
    for (const f of r.findings.filter(isMt)) {
      out.wrongFindings.push(`${r.uri} ${f.rule}: ${f.actual}`);
      if (isSense(f)) out.sense.cleanFalseAlarms++;
    }
  });
  return out;
}

/** A false alarm on clean text, with a little of its context. */
export interface FalseAlarm {
  id: string;
  rule: string;
  actual: string;
  context: string;
}

/**
 * Mistranslation findings per 10,000 words on the Brown press section (or,
 * with `all`, on the whole corpus), where every one is a false alarm.
 */
export function brownFalseAlarms(all = false): { words: number; findings: FalseAlarm[]; per10k: number } {
  return falseAlarms(all ? loadBrownAll() : loadBrownPress());
}

function falseAlarms(texts: BrownText[]): { words: number; findings: FalseAlarm[]; per10k: number } {
  const results = analyze(texts.map((b) => ({ uri: b.id, text: b.text })));
  const findings = results.flatMap((r, i) =>
    r.findings.filter(isMt).map((f) => {
      const text = texts[i]!.text;
      const context = `${text.slice(Math.max(0, f.start - 60), f.start)}[${text.slice(f.start, f.end)}]${text.slice(f.end, f.end + 60)}`.replace(/\s+/g, ' ');
      return { id: r.uri, rule: f.rule, actual: f.actual, context };
    }),
  );
  const words = texts.reduce((n, t) => n + t.words, 0);
  return { words, findings, per10k: (findings.length / words) * 1e4 };
}

/** Written for the measurements below: a paragraph with a stutter, non-words, an untranslated compound and two calques. */
const GARBLED_PREFIX = 'The ministry has has announced the the new measures in the minute 93 of the session.\nThe frauded victims were indagated by the polizia after the cyber-vols, according to the words of the minister.\n';

/**
 * All mistranslation findings on the Brown press section, cut into pieces
 * of ten sentences, each placed after a garbled paragraph so that gated
 * findings apply: every finding in the Brown text is a false alarm.
 */
export function pressInTranslated(): { words: number; findings: FalseAlarm[]; per10k: number } {
  const prefix = GARBLED_PREFIX;
  const texts = loadBrownPress();
  const pieces = texts.flatMap((b) => {
    const lines = b.text.split('\n');
    return Array.from({ length: Math.ceil(lines.length / 10) }, (_, i) => ({ id: `${b.id}#${i}`, text: prefix + lines.slice(i * 10, i * 10 + 10).join('\n') }));
  });
  const findings: FalseAlarm[] = [];
  analyze(pieces.map((p) => ({ uri: p.id, text: p.text }))).forEach((r, i) => {
    const text = pieces[i]!.text;
    for (const f of r.findings) if (isMt(f) && f.start >= prefix.length) findings.push({ id: r.uri, rule: f.rule, actual: f.actual, context: `${text.slice(Math.max(prefix.length, f.start - 60), f.start)}[${f.actual}]${text.slice(f.end, f.end + 60)}`.replace(/\s+/g, ' ') });
  });
  const words = texts.reduce((n, t) => n + t.words, 0);
  return { words, findings, per10k: (findings.length / words) * 1e4 };
}

/**
 * Wrong-sense findings on clean text inside an article that looks
 * machine-translated, where gated findings (and the word-vector test) apply:
 * every Brown sentence holding a word of the lexicon, each placed after a
 * paragraph of plain garbles. All findings in the Brown sentence are false
 * alarms; `vectors` counts those from the word-vector test.
 */
export function cleanInTranslated(): { sentences: number; patterns: number; vectors: number; findings: FalseAlarm[] } {
  const forms = new Set(SENSES.flatMap((e) => Object.keys(e.forms)));
  const prefix = GARBLED_PREFIX;
  const sentences = loadBrownAll().flatMap((b) => b.text.split('\n').filter((line) => (line.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => forms.has(w))).map((line) => ({ id: b.id, text: prefix + line })));
  const out = { sentences: sentences.length, patterns: 0, vectors: 0, findings: [] as FalseAlarm[] };
  for (let i = 0; i < sentences.length; i += 200) {
    const chunk = sentences.slice(i, i + 200);
    analyze(chunk.map((c, j) => ({ uri: `${c.id}#${i + j}`, text: c.text }))).forEach((r, j) => {
      const text = chunk[j]!.text;
      for (const f of r.findings) {
        if (f.rule !== 'wrong-sense' || f.start < prefix.length) continue;
        if (/word vectors/.test(f.note ?? '')) out.vectors++;
        else out.patterns++;
        out.findings.push({ id: chunk[j]!.id, rule: f.rule, actual: f.actual, context: `${text.slice(Math.max(prefix.length, f.start - 60), f.start)}[${f.actual}]${text.slice(f.end, f.end + 60)}`.replace(/\s+/g, ' ') });
      }
    });
  }
  return out;
}

export { loadCorpus };
