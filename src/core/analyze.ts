/**
 * The engine: runs the registered rules over one or several documents and
 * returns findings in document order, with the configured severities and the
 * team's ignore list applied.
 *
 * `Workspace` keeps parsed documents and their per-document findings between
 * checks, so an editor that re-checks one article as the user types does not
 * re-parse the rest of the workspace; cross-document rules (name spellings)
 * see every document it holds. `analyze` is the one-shot form.
 */
import { defaultConfig, ruleLevel, type Config } from './config.js';
import { parse, type Doc, type DocumentFormat } from './parse.js';
import { RULES } from './registry.js';
import { GATE_SCORE, type Report, type Rule } from './rule.js';
import type { DocumentResult, Entity, Finding, Span } from './types.js';
import { escapeRegExp } from './text.js';
import { documentEntities, nameKey } from './entities/index.js';
import { translationScore } from './score.js';

/** A document to check: its identifier (path or URI), its text and, optionally, its format. */
export interface DocumentInput {
  uri: string;
  text: string;
  format?: DocumentFormat;
}

/** Options of `analyze` and `Workspace`. */
export interface AnalyzeOptions {
  config?: Config;
  /** Run only these rules (by id); the others are skipped whatever their level. */
  only?: readonly string[];
}

/** An entity across the documents of a workspace. */
export interface WorkspaceEntity extends Omit<Entity, 'mentions'> {
  documents: { uri: string; mentions: Span[] }[];
}

interface Entry {
  text: string;
  doc: Doc;
  truncatedAt?: number;
  /** Findings of the per-document rules, kept until the text changes. */
  local?: Finding[];
}

/** Documents checked together, parsed once and re-checked incrementally. */
export class Workspace {
  private readonly entries = new Map<string, Entry>();
  private config: Config;
  private rules: readonly Rule[];
  private ignore: RegExp | undefined;

  constructor(private readonly options: AnalyzeOptions = {}) {
    this.config = options.config ?? defaultConfig();
    this.rules = activeRules(this.config, options.only);
    this.ignore = ignoreMatcher(this.config);
  }

  /** Replaces the configuration; cached findings are dropped, parses are kept when the size limit allows. */
  configure(config: Config): void {
    const limitChanged = config.maxFileSize !== this.config.maxFileSize;
    this.config = config;
    this.rules = activeRules(config, this.options.only);
    this.ignore = ignoreMatcher(config);
    for (const [uri, entry] of this.entries) {
      if (limitChanged) this.entries.set(uri, prepare({ uri, text: entry.text, format: entry.doc.format }, config));
      else delete entry.local;
    }
  }

  /** Adds or updates a document; unchanged text keeps its parse and findings. */
  set(input: DocumentInput): void {
    const known = this.entries.get(input.uri);
    if (known && known.text === input.text && (!input.format || known.doc.format === input.format)) return;
    this.entries.set(input.uri, prepare(input, this.config));
  }

  /** Removes a document. */
  delete(uri: string): void {
    this.entries.delete(uri);
  }

  /** True when the workspace holds this document. */
  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  /** The documents held, in the order they were added. */
  get uris(): string[] {
    return [...this.entries.keys()];
  }

  /** Checks the given documents (all by default) against everything the workspace holds. */
  check(uris: readonly string[] = this.uris): DocumentResult[] {
    const all = [...this.entries.values()];
    const docs = all.map((e) => e.doc);
    const targets = uris.map((uri) => {
      const entry = this.entries.get(uri);
      if (!entry) throw new Error(`Copydesk: ${uri} is not in the workspace`);
      return entry;
    });
    const wanted = new Set(targets.map((e) => all.indexOf(e)));
    const extra = new Map<number, Finding[]>();
    for (const entry of targets) entry.local ??= this.localFindings(entry.doc);
    for (const rule of this.rules) {
      if (!rule.checkAll) continue;
      rule.checkAll(
        docs,
        (index, report) => {
          if (!wanted.has(index)) return;
          const finding = this.toFinding(rule, docs[index]!, report);
          if (finding) extra.set(index, [...(extra.get(index) ?? []), finding]);
        },
        { config: this.config },
      );
    }
    return targets.map((entry) => {
      const findings = [...entry.local!, ...(extra.get(all.indexOf(entry)) ?? [])].sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
      return {
        uri: entry.doc.uri,
        findings,
        entities: documentEntities(entry.doc, this.config),
        translationScore: translationScore(entry.doc, findings),
        ...(entry.truncatedAt !== undefined ? { truncatedAt: entry.truncatedAt } : {}),
      };
    });
  }

  /** The entities of one document (people, organisations, places, figures, dates). */
  entities(uri: string): Entity[] {
    const entry = this.entries.get(uri);
    return entry ? documentEntities(entry.doc, this.config) : [];
  }

  /**
   * Entities across every document held, merged by kind and spelling key,
   * each with the documents that mention it: the sidebar's workspace view.
   */
  allEntities(): WorkspaceEntity[] {
    const merged = new Map<string, WorkspaceEntity>();
    for (const [uri, entry] of this.entries) {
      for (const entity of documentEntities(entry.doc, this.config)) {
        const key = `${entity.kind}:${entity.kind === 'figure' || entity.kind === 'date' ? entity.name.toLowerCase() : nameKey(entity.name)}`;
        let into = merged.get(key);
        if (!into) merged.set(key, (into = { kind: entity.kind, name: entity.name, variants: [], documents: [], ...(entity.titles ? { titles: [] } : {}) }));
        for (const v of [entity.name, ...entity.variants]) if (v !== into.name && !into.variants.includes(v)) into.variants.push(v);
        for (const t of entity.titles ?? []) if (!into.titles?.includes(t)) (into.titles ??= []).push(t);
        into.documents.push({ uri, mentions: entity.mentions });
      }
    }
    return [...merged.values()];
  }

  private localFindings(doc: Doc): Finding[] {
    const out: Finding[] = [];
    const gated: Finding[] = [];
    for (const rule of this.rules) {
      rule.check?.(doc, (report) => {
        const finding = this.toFinding(rule, doc, report);
        if (finding) (report.gated ? gated : out).push(finding);
      }, { config: this.config });
    }
    // Gated findings stand only where the other findings already say "machine-translated".
    if (gated.length && translationScore(doc, out) >= GATE_SCORE) out.push(...gated);
    return out;
  }

  private toFinding(rule: Rule, doc: Doc, report: Report): Finding | undefined {
    // The team's setting wins; otherwise a rule may lower one finding (review-only matches).
    const level = this.config.rules[rule.id] ?? report.severity ?? rule.severity;
    const finding: Finding = {
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
      ...(report.fixes ? { fixes: report.fixes.map((fix) => ({ title: fix.title, edits: fix.edits.map((e) => ({ ...e, expect: doc.text.slice(e.start, e.end) })) })) } : {}),
      ...(report.data ? { data: report.data } : {}),
    };
    return this.ignore?.test(finding.actual) ? undefined : finding;
  }
}

/**
 * Checks documents together: per-document rules see each document alone;
 * cross-document rules (name spellings) see all of them.
 */
export function analyze(inputs: readonly DocumentInput[], options: AnalyzeOptions = {}): DocumentResult[] {
  const workspace = new Workspace(options);
  for (const input of inputs) workspace.set(input);
  return workspace.check(inputs.map((i) => i.uri));
}

/** Checks a single document. */
export function analyzeText(text: string, uri = 'untitled', options: AnalyzeOptions = {}): DocumentResult {
  return analyze([{ uri, text }], options)[0]!;
}

function activeRules(config: Config, only: readonly string[] | undefined): Rule[] {
  return RULES.filter((rule) => ruleLevel(config, rule) !== 'off' && (!only || only.includes(rule.id)));
}

function prepare(input: DocumentInput, config: Config): Entry {
  if (input.text.length <= config.maxFileSize) return { text: input.text, doc: parse(input.text, input.uri, input.format) };
  // Cut at the last line break before the limit, so no paragraph is checked half.
  const head = input.text.slice(0, config.maxFileSize);
  const cut = head.lastIndexOf('\n');
  const at = cut > config.maxFileSize / 2 ? cut : config.maxFileSize;
  return { text: input.text, doc: parse(input.text.slice(0, at), input.uri, input.format), truncatedAt: at };
}

/** A case-insensitive whole-word matcher for `copydesk.ignore`, or undefined when it is empty. */
function ignoreMatcher(config: Config): RegExp | undefined {
  if (!config.ignore.length) return undefined;
  const alternatives = config.ignore.map((term) => escapeRegExp(term)).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');
}
