/**
 * The engine: runs the registered rules over one or several documents and
 * returns findings in document order, with the configured severities and the
 * team's ignore list applied.
 */
import { defaultConfig, ruleLevel, type Config } from './config.js';
import { parse, type Doc, type DocumentFormat } from './parse.js';
import { RULES } from './registry.js';
import type { Report, Rule } from './rule.js';
import type { DocumentResult, Finding } from './types.js';
import { escapeRegExp } from './text.js';
import { documentEntities } from './entities/index.js';

/** A document to check: its identifier (path or URI), its text and, optionally, its format. */
export interface DocumentInput {
  uri: string;
  text: string;
  format?: DocumentFormat;
}

/** Options of `analyze`. */
export interface AnalyzeOptions {
  config?: Config;
  /** Run only these rules (by id); the others are skipped whatever their level. */
  only?: readonly string[];
}

/**
 * Checks documents together: per-document rules see each document alone;
 * cross-document rules (name spellings) see all of them.
 */
export function analyze(inputs: readonly DocumentInput[], options: AnalyzeOptions = {}): DocumentResult[] {
  const config = options.config ?? defaultConfig();
  const docs = inputs.map((input) => prepare(input, config));
  const findings: Finding[][] = docs.map(() => []);
  const ignore = ignoreMatcher(config);
  const rules = RULES.filter((rule) => ruleLevel(config, rule) !== 'off' && (!options.only || options.only.includes(rule.id)));
  for (const rule of rules) {
    const add = (index: number, report: Report): void => {
      const finding = toFinding(rule, config, docs[index]!.doc, report);
      if (!ignore || !ignore.test(finding.actual)) findings[index]!.push(finding);
    };
    for (let index = 0; index < docs.length; index++) {
      rule.check?.(docs[index]!.doc, (report) => add(index, report), { config });
    }
    rule.checkAll?.(
      docs.map((d) => d.doc),
      add,
      { config },
    );
  }
  return docs.map(({ doc, truncatedAt }, index) => ({
    uri: doc.uri,
    findings: findings[index]!.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule)),
    entities: documentEntities(doc, config),
    translationScore: 0,
    ...(truncatedAt !== undefined ? { truncatedAt } : {}),
  }));
}

/** Checks a single document. */
export function analyzeText(text: string, uri = 'untitled', options: AnalyzeOptions = {}): DocumentResult {
  return analyze([{ uri, text }], options)[0]!;
}

function prepare(input: DocumentInput, config: Config): { doc: Doc; truncatedAt?: number } {
  if (input.text.length <= config.maxFileSize) return { doc: parse(input.text, input.uri, input.format) };
  // Cut at the last paragraph break before the limit, so no sentence is checked half.
  const head = input.text.slice(0, config.maxFileSize);
  const cut = Math.max(head.lastIndexOf('\n\n'), head.lastIndexOf('\n'));
  const at = cut > config.maxFileSize / 2 ? cut : config.maxFileSize;
  const doc = parse(input.text.slice(0, at), input.uri, input.format);
  return { doc, truncatedAt: at };
}

function toFinding(rule: Rule, config: Config, doc: Doc, report: Report): Finding {
  // The team's setting wins; otherwise a rule may lower one finding (review-only matches).
  const level = config.rules[rule.id] ?? report.severity ?? rule.severity;
  return {
    rule: rule.id,
    category: rule.category,
    severity: level === 'off' ? rule.severity : level,
    message: report.message,
    ...(report.note ? { note: report.note } : {}),
    start: report.start,
    end: report.end,
    actual: doc.text.slice(report.start, report.end),
    suggestions: report.suggestions ?? [],
    safe: (report.safe ?? rule.safeFix) && (report.suggestions?.length ?? 0) > 0,
    ...(report.data ? { data: report.data } : {}),
  };
}

/** A case-insensitive whole-word matcher for `copydesk.ignore`, or undefined when it is empty. */
function ignoreMatcher(config: Config): RegExp | undefined {
  if (!config.ignore.length) return undefined;
  const alternatives = config.ignore.map((term) => escapeRegExp(term)).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');
}
