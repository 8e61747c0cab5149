/**
 * `npm run quality`: Copydesk's quality figures on the annotated corpus and
 * the Brown press section, printed as a table and written to
 * test/artifacts/quality.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { measureEntities } from './entities.js';
import { brownFalseAlarms, cleanInTranslated, loadCorpus, pressInTranslated, measureMt, type MtScores } from './mt.js';
import { measureSourcing } from './sourcing.js';
import { measureDomains } from './domains.js';
import { analyze } from '../../src/core/index.js';
import { loadBrownPress } from './brown.js';

const pct = (n: number): string => `${(n * 100).toFixed(1)}%`;
const verbose = process.argv.includes('--verbose');

/** Misses are listed (with --verbose) only for the dev sets: reading a held-out set's misses would turn it into a dev set. */
function mtTable(name: string, s: MtScores, heldOut = false): string[] {
  const lines = [`## Machine translation — ${name}`, '', '| mechanism | errors | found | recall |', '| --- | ---: | ---: | ---: |'];
  let errors = 0;
  let found = 0;
  for (const [mechanism, r] of Object.entries(s.recall).sort()) {
    lines.push(`| ${mechanism} | ${r.errors} | ${r.found} | ${pct(r.found / r.errors)} |`);
    errors += r.errors;
    found += r.found;
  }
  const senseErrors = (s.recall['wrong-sense']?.errors ?? 0) + (s.recall['calque']?.errors ?? 0);
  const senseFound = (s.recall['wrong-sense']?.found ?? 0) + (s.recall['calque']?.found ?? 0);
  lines.push(`| **all** | ${errors} | ${found} | ${pct(found / errors)} |`, '');
  lines.push(`- Precision of all mistranslation findings on this garbled set: ${s.right}/${s.findings} = ${pct(s.right / Math.max(1, s.findings))}`);
  lines.push(`- Wrong-sense + calque: recall ${senseFound}/${senseErrors} = ${pct(senseFound / Math.max(1, senseErrors))}; precision of the wrong-sense and calque rules ${s.sense.right}/${s.sense.findings + s.sense.cleanFalseAlarms} = ${pct(s.sense.right / Math.max(1, s.sense.findings + s.sense.cleanFalseAlarms))} (garbled findings plus ${s.sense.cleanFalseAlarms} false alarms on the clean set)`);
  lines.push(`- Mean translation score: garbled ${s.scores.garbled.toFixed(2)}, clean ${s.scores.clean.toFixed(2)}`, '');
  if (verbose && !heldOut) lines.push('Misses:', ...s.misses.map((m) => `  ${m}`), 'Findings not on an annotated error:', ...s.wrongFindings.map((m) => `  ${m}`), '');
  return lines;
}

const started = performance.now();
const clean = loadCorpus('clean');
const dev = measureMt(loadCorpus('garbled/dev'), clean);
const heldOut = measureMt(loadCorpus('garbled/test'), clean);
const dev2 = measureMt(loadCorpus('garbled/dev2'), clean);
const heldOut2 = measureMt(loadCorpus('garbled/test2'), clean);
const brown = brownFalseAlarms();
const brownWide = brownFalseAlarms(true);
const inTranslated = cleanInTranslated();
const pressTranslated = pressInTranslated();
const entities = measureEntities();
const sourcing = measureSourcing();
const domains = measureDomains();
const brownTexts = loadBrownPress();
const brownAll = analyze(brownTexts.map((b) => ({ uri: b.id, text: b.text })));
const sourcingBrown = brownAll.flatMap((r) => r.findings).filter((f) => f.category === 'sourcing');

const lines = [
  '# Copydesk quality',
  '',
  ...mtTable('dev set (garbled/dev, used while developing)', dev),
  ...mtTable('held-out set (garbled/test, not used for tuning)', heldOut, true),
  ...mtTable('second dev set (garbled/dev2, written by another author without the tool\'s source; first measured at 12/144 found, wrong-sense + calque 5/106, before any change made for it)', dev2),
  ...mtTable('second held-out set (garbled/test2, written by a third author who saw neither the source nor the other sets; not used for tuning; first measured at 16/146 found, wrong-sense + calque 3/102)', heldOut2, true),
  `## Clean text`,
  '',
  `- Brown press ca01–ca44: ${brown.findings.length} mistranslation findings in ${brown.words} words = ${brown.per10k.toFixed(2)} per 10,000 words`,
  ...brown.findings.map((f) => `  - ${f.id} ${f.rule}: ${f.context}`),
  `- Whole Brown corpus (all 15 genres): ${brownWide.findings.length} mistranslation findings in ${brownWide.words} words = ${brownWide.per10k.toFixed(2)} per 10,000 words`,
  ...brownWide.findings.map((f) => `  - ${f.id} ${f.rule}: ${f.context}`),
  `- Brown press inside machine-translated articles (ten sentences at a time after a garbled paragraph, so gated findings apply): ${pressTranslated.findings.length} mistranslation findings = ${pressTranslated.per10k.toFixed(2)} per 10,000 words`,
  ...pressTranslated.findings.map((f) => `  - ${f.id} ${f.rule}: ${f.context}`),
  `- Clean sentences inside a machine-translated article (every Brown sentence holding a lexicon word, after a garbled paragraph, so gated findings apply): ${inTranslated.patterns + inTranslated.vectors} wrong-sense false alarms in ${inTranslated.sentences} sentences (${inTranslated.patterns} from context patterns, ${inTranslated.vectors} from the word-vector test)`,
  ...(verbose ? inTranslated.findings.map((f) => `  - ${f.id}: ${f.context}`) : []),
  `- Brown press sourcing findings: ${sourcingBrown.length} (${((sourcingBrown.length / brown.words) * 1e4).toFixed(1)} per 10,000 words; ${sourcingBrown.filter((f) => f.severity === 'warning').length} warnings, ${sourcingBrown.filter((f) => f.severity !== 'warning').length} information)`,
  '',
  '## Entities (Brown press, np* tags as gold)',
  '',
  `- Recall of proper-noun tokens: ${pct(entities.recall)} (${entities.goldTokens} tokens)`,
  `- Precision per mention: ${pct(entities.mentionPrecision)}; per token: ${pct(entities.tokenPrecision)} (${entities.mentions} mentions)`,
  '',
  '## Story domains (every corpus article, its header topic as gold)',
  '',
  `- Articles whose topic is among the domains the article activates: ${domains.right}/${domains.articles} = ${pct(domains.right / domains.articles)}`,
  ...(verbose ? domains.misses.map((m) => `  - missed: ${m}`) : []),
  '',
  '## Unsourced figures (corpus/figures)',
  '',
  `- ${sourcing.figures} figures, ${sourcing.unsourced} labelled unsourced: precision ${pct(sourcing.precision)} (${sourcing.truePositives}/${sourcing.truePositives + sourcing.falsePositives}), recall ${pct(sourcing.recall)}`,
  `- Figures labelled vague whose sentence vague-attribution flags: ${sourcing.vagueCaught}/${sourcing.vague}`,
  ...(verbose ? ['', 'Misses:', ...sourcing.misses.map((m) => `  ${m}`), 'False alarms:', ...sourcing.falseAlarms.map((m) => `  ${m}`)] : []),
  '',
  `(${((performance.now() - started) / 1000).toFixed(1)} s)`,
];
console.log(lines.join('\n'));
mkdirSync('test/artifacts', { recursive: true });
writeFileSync('test/artifacts/quality.json', JSON.stringify({ dev, heldOut, dev2, heldOut2, brown: { words: brown.words, per10k: brown.per10k, findings: brown.findings }, brownWide: { words: brownWide.words, per10k: brownWide.per10k, findings: brownWide.findings }, inTranslated, pressTranslated, entities: { ...entities, missed: undefined, wrong: undefined }, sourcing, domains }, null, 2));
