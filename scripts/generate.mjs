// Generates, from the rule registry (src/core/registry.ts), the parts of the
// project that must list every rule: the `copydesk.*` settings schema in
// package.json and docs/rules.md. With --check it changes nothing and fails
// when either file is out of date (the build runs it that way).
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const check = process.argv.includes('--check');

/** Loads the TypeScript core by bundling it to a temporary CommonJS file. */
async function loadCore() {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-gen-'));
  const outfile = join(dir, 'core.cjs');
  await esbuild.build({ entryPoints: [join(root, 'src/core/index.ts')], bundle: true, platform: 'neutral', format: 'cjs', outfile, logLevel: 'warning', mainFields: ['module', 'main'] });
  const core = createRequire(import.meta.url)(outfile);
  rmSync(dir, { recursive: true, force: true });
  return core;
}

/** The first JSDoc block of a rule's source file: its documentation. */
function ruleHeader(id) {
  const source = readFileSync(join(root, 'src/core/rules', `${id}.ts`), 'utf8');
  const match = /\/\*\*([\s\S]*?)\*\//.exec(source);
  if (!match) throw new Error(`src/core/rules/${id}.ts has no header comment`);
  return match[1].split('\n').map((line) => line.replace(/^\s*\* ?/, '')).join('\n').trim();
}

const core = await loadCore();
const LEVELS = ['off', 'hint', 'information', 'warning', 'error'];

function settingsSchema() {
  const rules = {};
  for (const rule of core.RULES) {
    rules[rule.id] = {
      type: 'string',
      enum: LEVELS,
      default: rule.severity,
      markdownDescription: `${rule.description}. Category \`${rule.category}\`, default \`${rule.severity}\`.`,
    };
  }
  const stringList = { type: 'array', items: { type: 'string', maxLength: 300 }, maxItems: 10000 };
  const properties = {
    'copydesk.rules': {
      type: 'object',
      scope: 'resource',
      default: {},
      additionalProperties: false,
      properties: rules,
      markdownDescription: 'Per-rule level: `off`, `hint`, `information`, `warning` or `error`. Rules not listed run at their default level. Share this in the workspace\'s `.vscode/settings.json` so every editor on the desk, and CI, applies the same rules.',
    },
    'copydesk.names': {
      type: ['object', 'array'],
      scope: 'resource',
      default: {},
      additionalProperties: stringList,
      items: { type: 'string' },
      markdownDescription: 'Canonical spellings of people and organisations, each with known variants: `{"Yoon Suk Yeol": ["Yoon Suk-yeol"]}`. A canonical spelling wins over the majority spelling in the name checks.',
    },
    'copydesk.glossary': {
      type: 'object',
      scope: 'resource',
      default: {},
      additionalProperties: {
        anyOf: [
          { type: 'string' },
          stringList,
          {
            type: 'object',
            required: ['replace'],
            additionalProperties: false,
            properties: {
              replace: { anyOf: [{ type: 'string' }, stringList] },
              domains: { type: 'array', items: { type: 'string', enum: [...core.DOMAINS] } },
              note: { type: 'string' },
            },
          },
        ],
      },
      markdownDescription: `The desk's own wrong → right pairs, applied like the built-in mistranslation lexicon: \`{"flight": {"replace": "theft", "domains": ["crypto", "crime"]}}\`. Domains: ${core.DOMAINS.map((d) => `\`${d}\``).join(', ')}.`,
    },
    'copydesk.ignore': { ...stringList, scope: 'resource', default: [], markdownDescription: 'Words, names and phrases never flagged (case-insensitive, whole words).' },
    'copydesk.sources': {
      type: 'object',
      scope: 'resource',
      default: { verbs: [], names: [] },
      additionalProperties: false,
      properties: { verbs: stringList, names: stringList },
      markdownDescription: 'Extra attribution for the sourcing rules: `verbs` are reporting verbs or phrases ("tweeted", "wrote in a filing"); `names` are sources trusted on their own ("Yonhap", "Reuters").',
    },
    'copydesk.languages': { ...stringList, scope: 'resource', default: ['plaintext', 'markdown'], markdownDescription: 'VS Code language ids that Copydesk checks.' },
    'copydesk.maxFileSize': { type: 'number', scope: 'resource', default: 1000000, minimum: 1000, markdownDescription: 'Documents longer than this many characters are checked up to this point only; the status bar says so.' },
    'copydesk.exchangeRates': {
      type: 'object',
      scope: 'resource',
      default: {},
      propertyNames: { pattern: '^[A-Z]{3}$' },
      additionalProperties: { type: 'number', exclusiveMinimum: 0 },
      markdownDescription: 'Units of a currency per US dollar, overriding the approximate table shipped with Copydesk: `{"KRW": 1380}`.',
    },
    'copydesk.checkedFigures': {
      type: ['array', 'object'],
      scope: 'resource',
      default: [],
      items: { type: 'string' },
      additionalProperties: stringList,
      markdownDescription: 'Figures (their exact text, such as `$310 million`) that the desk has checked by hand, which the sourcing rules leave alone: a list for every article, or an object of file paths (relative to the workspace folder, `*` for all) to lists: `{"articles/seoul.txt": ["$310 million"]}`.',
    },
  };
  const declared = Object.keys(properties).map((k) => k.slice('copydesk.'.length)).sort();
  const known = [...core.SETTING_KEYS].sort();
  if (JSON.stringify(declared) !== JSON.stringify(known)) throw new Error(`settings schema (${declared}) and core SETTING_KEYS (${known}) differ`);
  return properties;
}

function rulesDoc() {
  const lines = [
    '# Copydesk rules',
    '',
    '<!-- Generated from src/core/registry.ts and each rule\'s header comment by `npm run generate`. Do not edit by hand. -->',
    '',
    'Set a rule\'s level in `copydesk.rules` (`off`, `hint`, `information`, `warning`, `error`).',
    '',
    '| Rule | Category | Default | What it flags |',
    '| --- | --- | --- | --- |',
    ...core.RULES.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.category} | ${r.severity} | ${r.description} |`),
    '',
  ];
  for (const rule of core.RULES) {
    lines.push(`## ${rule.id}`, '', `Category: \`${rule.category}\` · default: \`${rule.severity}\` · quick fix ${rule.safeFix ? 'safe (preferred)' : 'offered for review'}`, '', ruleHeader(rule.id), '');
  }
  return lines.join('\n');
}

const pkgPath = join(root, 'package.json');
const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
pkg.contributes.configuration.properties = settingsSchema();
const outputs = [
  [pkgPath, `${JSON.stringify(pkg, null, 2)}\n`],
  [join(root, 'docs/rules.md'), rulesDoc()],
];
let stale = false;
for (const [path, text] of outputs) {
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {}
  if (current === text) continue;
  if (check) {
    console.error(`${path.slice(root.length)} is out of date with the rule registry: run \`npm run generate\` and commit the result.`);
    stale = true;
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${path.slice(root.length)}`);
  }
}
if (stale) process.exit(1);
