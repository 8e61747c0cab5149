/**
 * Test helpers: run the core on a text and render findings as strings
 * (`line:col-line:col message → suggestion`), so a changed position, wording
 * or suggestion shows up in a table-driven test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze, defaultConfig, LineIndex, readConfig, RULE_IDS, type Config, type Finding } from '../../src/core/index.js';

/** Renders one finding as `line:col-line:col message → first suggestion`. */
export function show(text: string, finding: Finding): string {
  const index = new LineIndex(text);
  const a = index.point(finding.start);
  const b = index.point(finding.end);
  return `${a.line}:${a.column}-${b.line}:${b.column} ${finding.message}${finding.suggestions.length ? ` → ${finding.suggestions.join(' | ')}` : ''}`;
}

/** Runs one rule (or all, when `rule` is undefined) on a text and renders its findings. */
export function lint(text: string, rule?: string, settings?: Record<string, unknown>, uri = 'test.txt'): string[] {
  return findings(text, rule, settings, uri).map((f) => show(text, f));
}

/** Runs one rule (or all) on a text and returns the raw findings. */
export function findings(text: string, rule?: string, settings?: Record<string, unknown>, uri = 'test.txt'): Finding[] {
  const [result] = analyze([{ uri, text }], { config: configOf(settings), ...(rule ? { only: [rule] } : {}) });
  return result!.findings;
}

/** A config from raw settings, failing the test on any settings warning. */
export function configOf(settings?: Record<string, unknown>): Config {
  if (!settings) return defaultConfig();
  const { config, warning } = readConfig(settings, RULE_IDS);
  if (warning) throw new Error(warning);
  return config;
}

/** The seed articles in ../shared/seeds (or $COPYDESK_SEEDS), by file name, or undefined when absent. */
export function seeds(): Map<string, string> | undefined {
  const candidates = [process.env.COPYDESK_SEEDS, resolve(__dirname, '../../../shared/seeds'), '/work/shared/seeds'].filter((p): p is string => !!p);
  const dir = candidates.find((p) => existsSync(p));
  if (!dir) return undefined;
  return new Map(readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

/** The seed whose name starts with a number, e.g. seed('004'). */
export function seed(prefix: string): string {
  const all = seeds();
  const entry = all && [...all].find(([name]) => name.startsWith(prefix));
  if (!entry) throw new Error(`seed ${prefix} not found`);
  return entry[1];
}
