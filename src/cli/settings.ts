/**
 * Reads the same settings the extension reads: the `copydesk.*` keys of the
 * nearest `.vscode/settings.json` above a file (JSON with comments and
 * trailing commas, as VS Code accepts), overridden key by key by `--config`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { readConfig, RULE_IDS, type Config } from '../core/index.js';

/** The effective configuration of one file and where it came from. */
export interface FileSettings {
  config: Config;
  /** The settings files that were read, nearest first. */
  sources: string[];
  /** Problems found while reading them (bad JSON, invalid values), one line each. */
  warnings: string[];
  /** A key that identifies the combination, so files with equal settings are checked together. */
  key: string;
}

const folderCache = new Map<string, string | undefined>();

/** The nearest `.vscode/settings.json` at or above a folder, if any. */
export function nearestSettings(folder: string): string | undefined {
  const start = resolve(folder);
  if (folderCache.has(start)) return folderCache.get(start);
  const candidate = join(start, '.vscode', 'settings.json');
  const parent = dirname(start);
  const found = existsSync(candidate) ? candidate : parent === start ? undefined : nearestSettings(parent);
  folderCache.set(start, found);
  return found;
}

/** Reads a JSON-with-comments file into plain `copydesk.*` settings. */
export function readSettingsFile(path: string): { settings: Record<string, unknown>; warning?: string } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { settings: {}, warning: `${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); using defaults` };
  }
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length || typeof value !== 'object' || value === null || Array.isArray(value)) {
    const first = errors[0];
    const why = first ? `${printParseErrorCode(first.error)} at offset ${first.offset}` : 'expected a JSON object';
    return { settings: {}, warning: `${path}: not valid JSON with comments (${why}); using defaults` };
  }
  const settings: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value as Record<string, unknown>)) if (key.startsWith('copydesk.')) settings[key] = entry;
  return { settings };
}

/** The effective settings of a file: its folder's nearest settings.json, then `--config`. */
export function settingsFor(file: string, overrides?: string): FileSettings {
  const sources: string[] = [];
  const warnings: string[] = [];
  const merged: Record<string, unknown> = {};
  const workspace = nearestSettings(dirname(resolve(file)));
  for (const path of [workspace, overrides]) {
    if (!path) continue;
    const read = readSettingsFile(path);
    sources.push(path);
    if (read.warning) warnings.push(read.warning);
    Object.assign(merged, read.settings);
  }
  const { config, warning } = readConfig(merged, RULE_IDS);
  if (warning) warnings.push(`${sources.join(' + ')}: ${warning}`);
  return { config, sources, warnings, key: sources.join('\n') };
}
