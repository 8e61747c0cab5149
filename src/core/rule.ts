/**
 * The contract between the engine and a rule module.
 *
 * A rule is small and does one job (as in wooorm's retext plugins): it reads
 * a parsed document and reports findings with exact offsets, a one-sentence
 * message, the suggestions it can make and a note on why. The engine adds
 * the rule id, category and configured severity, applies `copydesk.ignore`
 * and sorts the result.
 */
import type { Doc } from './parse.js';
import type { Config } from './config.js';
import type { Category, Severity, Span } from './types.js';

/** What a rule reports; the engine fills in the rest of the `Finding`. */
export interface Report extends Span {
  message: string;
  note?: string;
  /** Replacements, best first. */
  suggestions?: string[];
  /** Overrides the rule's `safeFix` for this one finding. */
  safe?: boolean;
  /** Overrides the rule's severity for this one finding (e.g. review-only matches as hints). */
  severity?: Severity;
  /** Fixes that edit elsewhere than [start, end) ("add according to [source]" at the clause end). */
  fixes?: { title: string; edits: (Span & { text: string })[] }[];
  data?: Record<string, unknown>;
  /**
   * True for a finding that stands only in an article that already looks
   * machine-translated: the engine keeps it when the article's translation
   * score from its other findings reaches `GATE_SCORE` (a lexicon entry
   * too risky for clean news, such as "actually" for *actuellement*).
   */
  gated?: boolean;
}

/** The translation score (see score.ts) from which gated findings are kept. */
export const GATE_SCORE = 0.25;

/** What a rule can see besides the document: the effective configuration. */
export interface RuleContext {
  config: Config;
}

/** A rule module. The file name under `rules/` is its id. */
export interface Rule {
  /** Stable kebab-case id; also the key in `copydesk.rules` and the docs anchor. */
  id: string;
  category: Category;
  /** Default severity when `copydesk.rules` does not set one. */
  severity: Severity;
  /** True when the rule's first suggestion is safe to apply unread (a preferred quick fix). */
  safeFix: boolean;
  /** One line for the settings editor and the rules table. */
  description: string;
  /** Checks one document. */
  check?(doc: Doc, report: (finding: Report) => void, context: RuleContext): void;
  /**
   * Checks several documents together (name spellings across a workspace).
   * `report` takes the index of the document the finding belongs to.
   */
  checkAll?(docs: Doc[], report: (doc: number, finding: Report) => void, context: RuleContext): void;
}

/** The docs link of a rule, relative to the extension or repository root. */
export function docsPath(ruleId: string): string {
  return `docs/rules.md#${ruleId}`;
}
