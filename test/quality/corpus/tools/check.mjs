#!/usr/bin/env node
// Syntax check and counts for the Copydesk evaluation corpus.
// Usage: node test/quality/corpus/tools/check.mjs [--plain FILE] [--markdown]
// Reads only files under test/quality/corpus/. Exits non-zero on any error.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MECHANISMS = ['wrong-sense', 'calque', 'fixed-phrase', 'non-word', 'untranslated', 'stutter', 'headline', 'name-garble'];
const LABELS = ['sourced', 'unsourced', 'vague'];
const ABBREV = /\b(Rep|Sen|Gov|Dr|Mr|Mrs|Ms|St|No|Gen|Lt|Col|Capt|Prof|Jr|Sr|vs|U\.S|a\.m|p\.m)\.\s/g;
const LIMITS = { garbled: [6, 14], clean: [8, 15], figures: [8, 14] };

const errors = [];
const warnings = [];
const err = (f, m) => errors.push(`${f}: ${m}`);
const warn = (f, m) => warnings.push(`${f}: ${m}`);

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (name.endsWith('.txt')) out.push(p);
  }
  return out;
}

// Parse one file. Returns { kind, split, header, mt: [...], figs: [...], plain }
export function parse(text, file = '?') {
  const lines = text.split('\n');
  const header = lines[0];
  if (!/^# source: [^;]+; topic: [^;]+$/.test(header)) err(file, `bad first line: ${JSON.stringify(header)}`);
  const body = lines.slice(1).join('\n');
  const mt = [];
  const figs = [];
  let plain = '';
  let i = 0;
  while (i < body.length) {
    const a = body.indexOf('{{', i);
    const b = body.indexOf('[[', i);
    const next = [a, b].filter((x) => x >= 0).sort((x, y) => x - y)[0];
    if (next === undefined) { plain += body.slice(i); break; }
    plain += body.slice(i, next);
    const isMt = next === a;
    const close = body.indexOf(isMt ? '}}' : ']]', next + 2);
    if (close < 0) { err(file, `unclosed ${isMt ? '{{' : '[['} at offset ${next}`); break; }
    const inner = body.slice(next + 2, close);
    if (/\{\{|\}\}|\[\[|\]\]|\n/.test(inner)) err(file, `nested markup or newline inside annotation: ${inner}`);
    const start = plain.length;
    if (isMt) {
      const m = inner.match(/^(.+?) => (.*) \| ([a-z-]+)$/) || inner.match(/^(.+?) =>  \| ([a-z-]+)$/);
      if (!m) { err(file, `malformed MT annotation: {{${inner}}}`); plain += inner; i = close + 2; continue; }
      const [garbled, correction, mech] = m.length === 4 ? [m[1], m[2], m[3]] : [m[1], '', m[2]];
      if (!MECHANISMS.includes(mech)) err(file, `unknown mechanism ${mech} in {{${inner}}}`);
      if (garbled !== garbled.trim() || correction !== correction.trim()) err(file, `padding in {{${inner}}}`);
      if (garbled === correction) err(file, `correction equals garbled text in {{${inner}}}`);
      plain += garbled;
      mt.push({ garbled, correction, mech, start, end: plain.length });
    } else {
      const m = inner.match(/^(.+) \| ([a-z]+)$/);
      if (!m) { err(file, `malformed figure annotation: [[${inner}]]`); plain += inner; i = close + 2; continue; }
      const [, fig, label] = m;
      if (!LABELS.includes(label)) err(file, `unknown label ${label} in [[${inner}]]`);
      if (!/\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|billion|trillion|forty|fifty|hundred|thousand|million|half|third|quarter|dozen|first|second|fourth|fifth|largest|biggest/i.test(fig)) warn(file, `figure without a number word: ${fig}`);
      plain += fig;
      figs.push({ text: fig, label, start, end: plain.length });
    }
    i = close + 2;
  }
  for (const tok of ['{{', '}}', '[[', ']]', '=>']) if (plain.includes(tok)) err(file, `stray ${tok} in text`);
  if (/[ \t]+$/m.test(body)) warn(file, 'trailing whitespace');
  if (/  /.test(plain)) warn(file, 'double space in text');
  return { header, mt, figs, plain };
}

function sentences(plain) {
  return plain
    .split('\n')
    .filter((l) => l.trim())
    .flatMap((l) => l.replace(ABBREV, '$1\u0000').split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/))
    .filter((s) => s.trim()).length;
}

function main() {
  const args = process.argv.slice(2);
  const files = walk(ROOT);
  const stats = { files: {}, mech: {}, mechBySplit: { dev: {}, test: {} }, labels: {}, sentences: {} };
  const seen = new Map(); // lowercased garbled -> [{file, split}]
  let plainOut = null;
  for (const f of files) {
    const rel = relative(ROOT, f);
    const parts = rel.split('/');
    const kind = parts[0];
    const split = kind === 'garbled' ? parts[1] : null;
    const key = split ? `garbled/${split}` : kind;
    const text = readFileSync(f, 'utf8');
    if (!text.endsWith('\n')) warn(rel, 'no final newline');
    const p = parse(text, rel);
    if (args[0] === '--plain' && rel.endsWith(args[1])) plainOut = p.plain;
    stats.files[key] = (stats.files[key] || 0) + 1;
    const n = sentences(p.plain);
    (stats.sentences[key] ||= []).push(n);
    const [lo, hi] = LIMITS[kind] || [0, 1e9];
    if (n < lo || n > hi) warn(rel, `${n} sentences (expected ${lo}-${hi})`);
    if (kind === 'garbled') {
      if (p.figs.length) err(rel, 'figure annotations in a garbled file');
      if (p.mt.length < 3 || p.mt.length > 8) err(rel, `${p.mt.length} MT annotations (expected 3-8)`);
      if (!/^# source: (spinner|[A-Z][a-z]+(?: \([^)]*\))?);/.test(p.header)) err(rel, 'garbled header should name a source language or spinner');
      for (const a of p.mt) {
        stats.mech[a.mech] = (stats.mech[a.mech] || 0) + 1;
        const bySplit = (stats.mechBySplit[split] ||= {});
        bySplit[a.mech] = (bySplit[a.mech] || 0) + 1;
        if (a.mech === 'headline') continue;
        const k = a.garbled.toLowerCase();
        if (!seen.has(k)) seen.set(k, []);
        seen.get(k).push({ rel, split });
      }
    } else if (kind === 'clean') {
      if (p.mt.length || p.figs.length) err(rel, 'annotations in a clean file');
      if (!p.header.startsWith('# source: edited;')) err(rel, 'clean header should say source: edited');
    } else if (kind === 'figures') {
      if (p.mt.length) err(rel, 'MT annotations in a figures file');
      for (const fg of p.figs) stats.labels[fg.label] = (stats.labels[fg.label] || 0) + 1;
      // Digits left outside figure annotations, for manual review (years, dates, names are expected).
      let masked = p.plain;
      for (const fg of [...p.figs].reverse()) masked = masked.slice(0, fg.start) + ' '.repeat(fg.end - fg.start) + masked.slice(fg.end);
      const loose = masked.match(/[$€£¥]?\b\d[\d,.]*\b%?/g) || [];
      const odd = loose.filter((t) => !/^(19|20)\d\d$/.test(t));
      if (odd.length && args.includes('--loose')) warn(rel, `unannotated numbers: ${odd.join(' ')}`);
    }
  }
  for (const [k, v] of seen) {
    if (v.length > 2) err(v[0].rel, `garbled text "${k}" used ${v.length} times: ${v.map((x) => x.rel).join(', ')}`);
    if (new Set(v.map((x) => x.split)).size > 1) warn(v[0].rel, `garbled text "${k}" appears in both dev and test`);
  }
  if (plainOut !== null) { process.stdout.write(plainOut); return; }
  for (const w of warnings) console.log(`warning ${w}`);
  for (const e of errors) console.log(`ERROR ${e}`);
  const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
  const table = (o, order) => order.filter((k) => o[k]).map((k) => `| ${k} | ${o[k]} |`).join('\n');
  if (args.includes('--markdown')) {
    console.log('| folder | files | sentences (min–max) |\n|---|---|---|');
    for (const k of Object.keys(stats.files).sort()) {
      const s = stats.sentences[k];
      console.log(`| ${k} | ${stats.files[k]} | ${Math.min(...s)}–${Math.max(...s)} |`);
    }
    console.log('\n| mechanism | dev | test | total |\n|---|---|---|---|');
    for (const m of MECHANISMS) console.log(`| ${m} | ${stats.mechBySplit.dev[m] || 0} | ${stats.mechBySplit.test[m] || 0} | ${stats.mech[m] || 0} |`);
    console.log(`| **all** | ${sum(stats.mechBySplit.dev)} | ${sum(stats.mechBySplit.test)} | ${sum(stats.mech)} |`);
    console.log('\n| figure label | count |\n|---|---|');
    console.log(table(stats.labels, LABELS));
    console.log(`| **all** | ${sum(stats.labels)} |`);
  } else {
    console.log(JSON.stringify({ files: stats.files, mechanisms: stats.mech, bySplit: stats.mechBySplit, totalErrors: sum(stats.mech), figureLabels: stats.labels, totalFigures: sum(stats.labels) }, null, 1));
  }
  if (errors.length) process.exit(1);
}

main();
