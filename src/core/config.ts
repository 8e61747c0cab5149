/**
 * The one reader of Copydesk's settings, shared by the extension and the CLI.
 *
 * It takes plain objects, either flat as in `.vscode/settings.json`
 * (`{"copydesk.rules": {...}}`) or nested as VS Code's configuration API
 * returns them (`{rules: {...}}`), and returns a typed `Config`. A value of
 * the wrong type, an unknown rule id or an oversized list is dropped in
 * favour of the default and named in a single warning; it never throws.
 */
import { SEVERITIES, type RuleLevel, type Severity } from './types.js';
import { DOMAIN_CUES } from './data/domains.js';

/** A team's own wrong → right pair, optionally limited to story domains. */
export interface GlossaryEntry {
  /** The wrong word or phrase, matched case-insensitively on word boundaries. */
  wrong: string;
  /** Replacements, best first. */
  right: string[];
  /** Domains where the entry applies (see `DOMAINS`); empty means everywhere. */
  domains: string[];
  note?: string;
}

/** A canonical spelling of a person or organisation and its known variants. */
export interface NameEntry {
  canonical: string;
  variants: string[];
}

/** The effective configuration every rule sees. */
export interface Config {
  /** Per-rule levels set by the team; rules not listed keep their defaults. */
  rules: Record<string, RuleLevel>;
  names: NameEntry[];
  glossary: GlossaryEntry[];
  /** Words, names and phrases never flagged (case-insensitive, whole words). */
  ignore: string[];
  sources: {
    /** Extra reporting verbs or phrases ("tweeted", "wrote in a filing"). */
    verbs: string[];
    /** Source names trusted as attribution on their own ("Yonhap", "Reuters"). */
    names: string[];
  };
  /** VS Code language ids the extension checks. */
  languages: string[];
  /** Documents longer than this many characters are checked up to this point only. */
  maxFileSize: number;
  /** Units of each currency per US dollar, overriding the shipped table (ISO codes). */
  exchangeRates: Record<string, number>;
  /**
   * Figures (exact text) the desk has checked by hand, never flagged as
   * unsourced: for every document (`path` "*") or for one file, by its path
   * relative to the workspace folder.
   */
  checkedFigures: { path: string; figures: string[] }[];
}

/** The domains a story can be about; glossary entries may name them. */
export const DOMAINS: readonly string[] = Object.keys(DOMAIN_CUES);

/** Settings keys, without the `copydesk.` prefix, as declared in package.json. */
export const SETTING_KEYS = ['rules', 'names', 'glossary', 'ignore', 'sources', 'languages', 'maxFileSize', 'exchangeRates', 'checkedFigures'] as const;

/** Defaults: every rule at its own severity, plain text and Markdown, 1,000,000 characters. */
export function defaultConfig(): Config {
  return {
    rules: {},
    names: [],
    glossary: [],
    ignore: [],
    sources: { verbs: [], names: [] },
    languages: ['plaintext', 'markdown'],
    maxFileSize: 1_000_000,
    exchangeRates: {},
    checkedFigures: [],
  };
}

const LIMITS = { list: 10_000, text: 300 };

/** The reader's result: the config and, when anything was dropped, one warning saying what. */
export interface ConfigResult {
  config: Config;
  warning?: string;
}

/**
 * Normalises raw settings into a `Config`.
 * @param raw settings as read from JSON or from VS Code (any shape; bad parts are dropped)
 * @param ruleIds the known rule ids, to reject typos in `copydesk.rules`
 */
export function readConfig(raw: unknown, ruleIds: readonly string[]): ConfigResult {
  const config = defaultConfig();
  const problems: string[] = [];
  const settings = flatten(raw, problems);
  const known = new Set(ruleIds);
  const bad = (key: string, why: string): void => {
    problems.push(`copydesk.${key} (${why})`);
  };

  for (const [key, value] of Object.entries(settings)) {
    if (value === undefined || value === null) continue;
    switch (key) {
      case 'rules': {
        if (!isObject(value)) {
          bad(key, 'expected an object of rule ids');
          break;
        }
        for (const [id, level] of Object.entries(value)) {
          if (!known.has(id)) bad(`rules.${id}`, 'unknown rule');
          else if (typeof level !== 'string' || !isLevel(level)) bad(`rules.${id}`, 'expected off, hint, information, warning or error');
          else config.rules[id] = level;
        }
        break;
      }
      case 'names': {
        const entries = readNames(value);
        if (!entries) bad(key, 'expected an object of canonical names to lists of variants, or a list of names');
        else if (entries.length > LIMITS.list) bad(key, `more than ${LIMITS.list} entries`);
        else config.names = entries;
        break;
      }
      case 'glossary': {
        const entries = readGlossary(value, bad);
        if (entries.length > LIMITS.list) bad(key, `more than ${LIMITS.list} entries`);
        else config.glossary = entries;
        break;
      }
      case 'ignore':
      case 'languages': {
        const list = stringList(value);
        if (!list) bad(key, 'expected a list of strings');
        else if (list.length > LIMITS.list) bad(key, `more than ${LIMITS.list} entries`);
        else if (key === 'ignore') config.ignore = list;
        else config.languages = list;
        break;
      }
      case 'checkedFigures': {
        const list = stringList(value);
        if (list) config.checkedFigures = [{ path: '*', figures: list }];
        else if (isObject(value) && Object.values(value).every((v) => stringList(v))) config.checkedFigures = Object.entries(value).map(([path, figures]) => ({ path, figures: stringList(figures)! }));
        else bad(key, 'expected a list of figures, or an object of file paths to lists of figures');
        break;
      }
      case 'sources': {
        if (!isObject(value)) {
          bad(key, 'expected {"verbs": [...], "names": [...]}');
          break;
        }
        for (const [part, list] of Object.entries(value)) {
          const strings = stringList(list);
          if (part !== 'verbs' && part !== 'names') bad(`sources.${part}`, 'unknown key; use verbs or names');
          else if (!strings || strings.length > LIMITS.list) bad(`sources.${part}`, 'expected a list of strings');
          else config.sources[part] = strings;
        }
        break;
      }
      case 'maxFileSize': {
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 1000) bad(key, 'expected a number of characters, at least 1000');
        else config.maxFileSize = Math.floor(value);
        break;
      }
      case 'exchangeRates': {
        if (!isObject(value)) {
          bad(key, 'expected an object of ISO currency codes to units per US dollar');
          break;
        }
        for (const [code, rate] of Object.entries(value)) {
          if (!/^[A-Z]{3}$/.test(code)) bad(`exchangeRates.${code}`, 'expected a three-letter ISO code');
          else if (typeof rate !== 'number' || !(rate > 0) || !Number.isFinite(rate)) bad(`exchangeRates.${code}`, 'expected a positive number');
          else config.exchangeRates[code] = rate;
        }
        break;
      }
      default:
        bad(key, 'unknown setting');
    }
  }
  return problems.length ? { config, warning: `Copydesk ignored invalid settings and used the defaults for: ${problems.join('; ')}.` } : { config };
}

/** The level a rule runs at under a config. */
export function ruleLevel(config: Config, rule: { id: string; severity: Severity }): RuleLevel {
  return config.rules[rule.id] ?? rule.severity;
}

function flatten(raw: unknown, problems: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (raw === undefined || raw === null) return out;
  if (!isObject(raw)) {
    problems.push('the settings (expected an object)');
    return out;
  }
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith('copydesk.')) out[key.slice('copydesk.'.length)] = value;
    else if (key === 'copydesk' && isObject(value)) Object.assign(out, value);
    else if (!key.includes('.')) out[key] = value;
  }
  return out;
}

function readNames(value: unknown): NameEntry[] | undefined {
  if (Array.isArray(value)) {
    const list = stringList(value);
    return list?.map((canonical) => ({ canonical, variants: [] }));
  }
  if (!isObject(value)) return undefined;
  const out: NameEntry[] = [];
  for (const [canonical, variants] of Object.entries(value)) {
    const list = variants === null || variants === undefined ? [] : stringList(variants);
    if (!list || !canonical.trim() || canonical.length > LIMITS.text) return undefined;
    out.push({ canonical: canonical.trim(), variants: list });
  }
  return out;
}

function readGlossary(value: unknown, bad: (key: string, why: string) => void): GlossaryEntry[] {
  const out: GlossaryEntry[] = [];
  if (!isObject(value)) {
    bad('glossary', 'expected an object of wrong → right entries');
    return out;
  }
  for (const [wrong, entry] of Object.entries(value)) {
    const where = `glossary.${wrong}`;
    if (!wrong.trim() || wrong.length > LIMITS.text) {
      bad(where, 'empty or too long');
      continue;
    }
    const right = typeof entry === 'string' ? [entry] : Array.isArray(entry) ? stringList(entry) : isObject(entry) ? (typeof entry.replace === 'string' ? [entry.replace] : stringList(entry.replace)) : undefined;
    if (!right || !right.length) {
      bad(where, 'expected a replacement string, a list of them, or {"replace": ..., "domains": [...]}');
      continue;
    }
    let domains: string[] = [];
    if (isObject(entry) && entry.domains !== undefined) {
      const list = stringList(entry.domains);
      const unknown = list?.filter((d) => !DOMAINS.includes(d)) ?? [];
      if (!list || unknown.length) {
        bad(`${where}.domains`, `expected a list of ${DOMAINS.join(', ')}`);
        continue;
      }
      domains = list;
    }
    const note = isObject(entry) && typeof entry.note === 'string' ? entry.note : undefined;
    out.push({ wrong: wrong.trim(), right, domains, ...(note ? { note } : {}) });
  }
  return out;
}

function stringList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  if (!value.every((item) => typeof item === 'string' && item.length <= LIMITS.text)) return undefined;
  return value.map((item: string) => item.trim()).filter(Boolean);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLevel(value: string): value is RuleLevel {
  return value === 'off' || (SEVERITIES as readonly string[]).includes(value);
}
