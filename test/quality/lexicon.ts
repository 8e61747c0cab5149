/**
 * `npm run lexicon`: what the wrong-sense, calque and fixed-phrase tables
 * do, for people adding entries. Prints every finding of those three rules on clean text
 * (the whole Brown corpus and the clean corpus: all false alarms), then the
 * dev set's recall with each finding and miss. The held-out set
 * (garbled/test) is left out on purpose: tune on dev, measure on test with
 * `npm run quality`.
 *
 *   npm run lexicon             everything
 *   npm run lexicon -- --clean  only the false alarms on clean text
 */
import { analyze, type Finding } from '../../src/core/index.js';
import { loadBrownAll } from './brown.js';
import { loadCorpus } from './corpus.js';

const isSense = (f: Finding): boolean => f.rule === 'wrong-sense' || f.rule === 'calque' || f.rule === 'fixed-phrase';
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const around = (text: string, f: { start: number; end: number }): string =>
  `${text.slice(Math.max(0, f.start - 70), f.start)}[${text.slice(f.start, f.end)}]${text.slice(f.end, f.end + 50)}`.replace(/\s+/g, ' ');

const clean = [...loadBrownAll().map((b) => ({ name: `brown/${b.id}`, text: b.text })), ...loadCorpus('clean').map((c) => ({ name: c.name, text: c.text }))];
const words = clean.reduce((n, c) => n + (c.text.match(/\S+/g)?.length ?? 0), 0);
const alarms: string[] = [];
analyze(clean.map((c) => ({ uri: c.name, text: c.text }))).forEach((r, i) => {
  for (const f of r.findings.filter(isSense)) alarms.push(`${clean[i]!.name} ${f.rule} → ${f.suggestions[0] ?? ''}: ${around(clean[i]!.text, f)}`);
});
console.log(`# False alarms on clean text (${words} words): ${alarms.length}`);
for (const a of alarms) console.log(`  ${a}`);

if (!process.argv.includes('--clean')) {
  const dev = loadCorpus('garbled/dev');
  let errors = 0;
  let found = 0;
  const right: string[] = [];
  const wrong: string[] = [];
  const missed: string[] = [];
  analyze(dev.map((d) => ({ uri: d.name, text: d.text }))).forEach((r, i) => {
    const file = dev[i]!;
    const hits = r.findings.filter(isSense);
    for (const e of file.errors.filter((e) => e.mechanism === 'wrong-sense' || e.mechanism === 'calque')) {
      errors++;
      if (hits.some((f) => overlaps(f, e))) found++;
      else missed.push(`${file.name} [${e.mechanism}] ${e.text} => ${e.correction}`);
    }
    for (const f of hits) (file.errors.some((e) => overlaps(f, e)) ? right : wrong).push(`${file.name} ${f.rule} → ${f.suggestions[0] ?? ''}: ${around(file.text, f)}`);
  });
  console.log(`\n# Dev set: wrong-sense + calque recall ${found}/${errors}; findings ${right.length} right, ${wrong.length} not on an annotated error`);
  console.log('Not on an annotated error (a false alarm, or a garble the annotator missed):', ...wrong.map((w) => `\n  ${w}`));
  console.log('Right:', ...right.map((w) => `\n  ${w}`));
  console.log('Missed:', ...missed.map((w) => `\n  ${w}`));
}
