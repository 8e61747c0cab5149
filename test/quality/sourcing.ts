/**
 * Unsourced-figure detection measured on test/quality/corpus/figures: every
 * figure there is labelled sourced, unsourced or vague by hand.
 *
 * - Positives are the figures labelled `unsourced`; a flag on one is a true
 *   positive, a flag on a `sourced` figure (or on a number the annotator did
 *   not count as a figure) a false positive.
 * - Figures labelled `vague` are judged by the vague-attribution rule: caught
 *   when it flags their sentence; an unsourced-figure flag on them is neither
 *   right nor wrong.
 */
import { analyze } from '../../src/core/index.js';
import { loadCorpus, type CorpusFile } from './corpus.js';

export interface SourcingScores {
  figures: number;
  unsourced: number;
  truePositives: number;
  falsePositives: number;
  precision: number;
  recall: number;
  vague: number;
  vagueCaught: number;
  misses: string[];
  falseAlarms: string[];
}

export function measureSourcing(files: CorpusFile[] = loadCorpus('figures')): SourcingScores {
  let tp = 0;
  let fp = 0;
  let unsourced = 0;
  let vague = 0;
  let vagueCaught = 0;
  let figures = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  for (const file of files) {
    const [result] = analyze([{ uri: file.name, text: file.text }]);
    const flags = result!.findings.filter((f) => f.rule === 'unsourced-figure');
    const vagueFlags = result!.findings.filter((f) => f.rule === 'vague-attribution');
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
    const sentenceOf = (offset: number): [number, number] => {
      const start = file.text.lastIndexOf('\n', offset) + 1;
      const end = file.text.indexOf('\n', offset);
      return [start, end < 0 ? file.text.length : end];
    };
    for (const gold of file.figures) {
      figures++;
      const flagged = flags.some((f) => overlaps(f, gold));
      if (gold.label === 'unsourced') {
        unsourced++;
        if (flagged) tp++;
        else misses.push(`${file.name}: ${gold.text}`);
      } else if (gold.label === 'sourced' && flagged) {
        fp++;
        falseAlarms.push(`${file.name}: ${gold.text} (labelled sourced)`);
      } else if (gold.label === 'vague') {
        vague++;
        const [a, b] = sentenceOf(gold.start);
        if (vagueFlags.some((f) => f.start >= a && f.end <= b)) vagueCaught++;
      }
    }
    for (const flag of flags) {
      if (!file.figures.some((g) => overlaps(flag, g))) {
        fp++;
        falseAlarms.push(`${file.name}: ${flag.actual} (not a figure in the annotation)`);
      }
    }
  }
  return { figures, unsourced, truePositives: tp, falsePositives: fp, precision: tp / Math.max(1, tp + fp), recall: tp / Math.max(1, unsourced), vague, vagueCaught, misses, falseAlarms };
}
