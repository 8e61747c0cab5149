/**
 * The quality targets as regression tests (the full report is `npm run
 * quality`): entity recall and precision on the Brown press section,
 * unsourced-figure precision and recall on the annotated figures, and at
 * most one mistranslation finding per 10,000 words of clean news.
 */
import { describe, expect, test } from 'vitest';
import { measureEntities } from '../quality/entities.js';
import { brownFalseAlarms, loadCorpus, measureMt } from '../quality/mt.js';
import { measureSourcing } from '../quality/sourcing.js';

describe('quality targets', () => {
  test('entities on Brown press: recall ≥ 90% of proper-noun tokens, precision ≥ 85% per mention', () => {
    const scores = measureEntities();
    expect(scores.recall).toBeGreaterThanOrEqual(0.9);
    expect(scores.mentionPrecision).toBeGreaterThanOrEqual(0.85);
  });

  test('unsourced figures on the annotated set: precision ≥ 85%, recall ≥ 80%', () => {
    const scores = measureSourcing();
    expect(scores.figures).toBeGreaterThanOrEqual(60);
    expect(scores.precision).toBeGreaterThanOrEqual(0.85);
    expect(scores.recall).toBeGreaterThanOrEqual(0.8);
  });

  test('clean news: at most 1 mistranslation finding per 10,000 words of Brown press', () => {
    expect(brownFalseAlarms().per10k).toBeLessThanOrEqual(1);
  });

  test('held-out garbled articles: mistranslation findings are right at least 90% of the time', () => {
    const scores = measureMt(loadCorpus('garbled/test'), loadCorpus('clean'));
    expect(scores.right / scores.findings).toBeGreaterThanOrEqual(0.9);
  });
});
