/**
 * The `copydesk` command line: the same core and settings as the extension,
 * for CI and batch checks.
 *
 *     copydesk check [--format text|json|sarif] [--config FILE] PATH...
 *     copydesk check --print-config FILE
 *     copydesk rules
 *
 * Exit codes: 0 when nothing at error severity was found, 1 when something
 * was, 2 for usage errors or unreadable input (the other files are still checked).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { analyze, readConfig, RULES, RULE_IDS, type Config, type DocumentInput, type RuleLevel } from '../core/index.js';
import { formatText, summary, toJson, toSarif, translationNotes, type CheckedFile } from './format.js';
import { settingsFor, type FileSettings } from './settings.js';

declare const COPYDESK_VERSION: string;
const VERSION = typeof COPYDESK_VERSION === 'string' ? COPYDESK_VERSION : '0.0.0-dev';

const USAGE = `Usage: copydesk check [options] PATH...
       copydesk check --print-config FILE
       copydesk rules

Checks news articles (*.txt, *.md; folders are searched recursively) for
machine-translation garbling, inconsistent names, unsourced figures and
leftover web boilerplate. Reads copydesk.* settings from the nearest
.vscode/settings.json above each file, as the VS Code extension does.

Options:
  --format text|json|sarif  output format (default: text)
  --config FILE             JSON file of copydesk.* settings that override .vscode/settings.json
  --rule ID=LEVEL           set a rule to off, hint, information, warning or error (repeatable)
  --print-config FILE       print the effective configuration for FILE and exit
  --stdin-filename NAME     name to report for text read from standard input (PATH "-")
  --exit-zero               exit 0 even when errors were found
  -h, --help                show this help
  -v, --version             show the version

Exit codes: 0 no errors found, 1 errors found, 2 usage error or unreadable input.`;

/** What the CLI writes and returns; `run` never exits the process itself, so tests can call it. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

interface Options {
  format: 'text' | 'json' | 'sarif';
  config?: string;
  printConfig?: string;
  stdinFilename: string;
  exitZero: boolean;
  rules: Record<string, RuleLevel>;
  paths: string[];
}

class UsageError extends Error {}

/** Runs the CLI on arguments (without `node` and the script) and optional standard input. */
export function run(argv: readonly string[], stdin?: () => Uint8Array): RunResult {
  const out: string[] = [];
  const err: string[] = [];
  try {
    const [command, ...rest] = argv;
    if (!command || command === '-h' || command === '--help' || command === 'help') return { code: command ? 0 : 2, stdout: command ? `${USAGE}\n` : '', stderr: command ? '' : `${USAGE}\n` };
    if (command === '-v' || command === '--version') return { code: 0, stdout: `${VERSION}\n`, stderr: '' };
    if (command === 'rules') return { code: 0, stdout: listRules(), stderr: '' };
    if (command !== 'check') throw new UsageError(`unknown command "${command}"; expected check or rules`);
    const options = parseArgs(rest);
    if (options.printConfig) return printConfig(options);
    if (!options.paths.length) throw new UsageError('no PATH given');
    const code = check(options, out, err, stdin);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } catch (error) {
    if (error instanceof UsageError) return { code: 2, stdout: out.join(''), stderr: `${err.join('')}copydesk: ${error.message}\nRun "copydesk --help" for usage.\n` };
    throw error;
  }
}

function parseArgs(args: readonly string[]): Options {
  const options: Options = { format: 'text', stdinFilename: 'stdin.txt', exitZero: false, rules: {}, paths: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--format': {
        const format = value();
        if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`unknown format "${format}"; expected text, json or sarif`);
        options.format = format;
        break;
      }
      case '--config':
        options.config = value();
        break;
      case '--print-config':
        options.printConfig = value();
        break;
      case '--stdin-filename':
        options.stdinFilename = value();
        break;
      case '--exit-zero':
        options.exitZero = true;
        break;
      case '--rule': {
        const setting = value();
        const [id, level] = setting.split('=');
        const { config, warning } = readConfig({ rules: { [id ?? '']: level } }, RULE_IDS);
        if (warning || !id) throw new UsageError(`bad --rule "${setting}"; expected ID=LEVEL with a known rule id and off, hint, information, warning or error`);
        Object.assign(options.rules, config.rules);
        break;
      }
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
        options.paths.push(arg);
    }
  }
  return options;
}

function listRules(): string {
  const width = Math.max(...RULES.map((r) => r.id.length));
  return `${RULES.map((r) => `${r.id.padEnd(width)}  ${r.category.padEnd(14)}  ${r.severity.padEnd(11)}  ${r.description}`).join('\n')}\n`;
}

function effective(file: string, options: Options): FileSettings {
  const settings = settingsFor(file, options.config);
  if (Object.keys(options.rules).length) {
    const config: Config = { ...settings.config, rules: { ...settings.config.rules, ...options.rules } };
    return { ...settings, config, key: `${settings.key}\n${JSON.stringify(options.rules)}` };
  }
  return settings;
}

function printConfig(options: Options): RunResult {
  const settings = effective(options.printConfig!, options);
  const body = { file: options.printConfig, settingsFiles: settings.sources, warnings: settings.warnings, config: settings.config };
  return { code: settings.warnings.length ? 2 : 0, stdout: `${JSON.stringify(body, null, 2)}\n`, stderr: settings.warnings.map((w) => `copydesk: ${w}\n`).join('') };
}

const EXTENSIONS = new Set(['.txt', '.md', '.markdown']);

/** Expands folders into the article files inside them, sorted; skips dot folders and node_modules. */
function collect(path: string, err: string[]): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    err.push(`copydesk: cannot read ${path}: ${describe(error)}\n`);
    return [];
  }
  if (!stat.isDirectory()) return [path];
  const out: string[] = [];
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const child = join(path, entry.name);
    if (entry.isDirectory()) out.push(...collect(child, err));
    else if (EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(child);
  }
  return out;
}

/** Reads a file as text: rejects binary files, replaces broken UTF-8 (and says so), drops a BOM as VS Code does. */
function readText(path: string, err: string[], bytes?: Uint8Array): string | undefined {
  let data: Uint8Array;
  try {
    data = bytes ?? readFileSync(path);
  } catch (error) {
    err.push(`copydesk: cannot read ${path}: ${describe(error)}\n`);
    return undefined;
  }
  if (data.subarray(0, 8000).includes(0)) {
    err.push(`copydesk: skipped ${path}: it looks like a binary file (it contains NUL bytes)\n`);
    return undefined;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    text = new TextDecoder('utf-8').decode(data);
    err.push(`copydesk: ${path}: invalid UTF-8 bytes were read as U+FFFD; offsets after them may differ from the file's bytes\n`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function check(options: Options, out: string[], err: string[], stdin?: () => Uint8Array): number {
  let failed = false;
  const files: { path: string; display: string; text: string; settings: FileSettings }[] = [];
  for (const path of options.paths) {
    if (path === '-') {
      const text = readText(options.stdinFilename, err, stdin?.() ?? new Uint8Array());
      if (text === undefined) failed = true;
      else files.push({ path: options.stdinFilename, display: options.stdinFilename, text, settings: effective(resolve(options.stdinFilename), options) });
      continue;
    }
    const found = collect(path, err);
    if (!found.length) failed = true;
    for (const file of found) {
      const text = readText(file, err);
      if (text === undefined) failed = true;
      else files.push({ path: file, display: displayPath(file), text, settings: effective(file, options) });
    }
  }
  const warned = new Set<string>();
  for (const file of files) {
    for (const warning of file.settings.warnings) {
      if (warned.has(warning)) continue;
      warned.add(warning);
      err.push(`copydesk: ${warning}\n`);
    }
  }
  // Files that share settings are checked together, so cross-document checks see all of them.
  const checked: CheckedFile[] = new Array(files.length);
  const groups = new Map<string, number[]>();
  files.forEach((file, i) => groups.set(file.settings.key, [...(groups.get(file.settings.key) ?? []), i]));
  for (const members of groups.values()) {
    const inputs: DocumentInput[] = members.map((i) => ({ uri: files[i]!.display, text: files[i]!.text }));
    const results = analyze(inputs, { config: files[members[0]!]!.settings.config });
    members.forEach((i, n) => {
      checked[i] = { path: files[i]!.display, text: files[i]!.text, result: results[n]! };
      if (results[n]!.truncatedAt !== undefined) err.push(`copydesk: ${files[i]!.display}: longer than copydesk.maxFileSize; checked the first ${results[n]!.truncatedAt} characters only\n`);
    });
  }
  if (options.format === 'json') out.push(`${JSON.stringify(toJson(checked), null, 2)}\n`);
  else if (options.format === 'sarif') out.push(`${JSON.stringify(toSarif(checked, VERSION), null, 2)}\n`);
  else {
    out.push(formatText(checked));
    err.push(translationNotes(checked), `${summary(checked)}\n`);
  }
  const errors = checked.some((file) => file.result.findings.some((f) => f.severity === 'error'));
  if (failed) return 2;
  return errors && !options.exitZero ? 1 : 0;
}

function displayPath(file: string): string {
  const rel = relative(process.cwd(), resolve(file));
  return rel && !rel.startsWith('..') ? rel : file;
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  return code ?? String(error);
}

// Run when executed as the `copydesk` binary (not when imported by tests).
if (typeof require !== 'undefined' && require.main === module) {
  const result = run(process.argv.slice(2), () => readFileSync(0));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}

