/**
 * Shared types of the analysis core. Everything here is plain data, so a
 * result can cross a worker boundary or be printed as JSON unchanged.
 */

/** The five kinds of problem Copydesk reports. Every finding has exactly one. */
export type Category = 'mistranslation' | 'consistency' | 'sourcing' | 'numbers' | 'cleanup';

/** How loudly a finding is shown, using VS Code's names. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A rule's configured level: a severity, or switched off. */
export type RuleLevel = Severity | 'off';

export const CATEGORIES: readonly Category[] = ['mistranslation', 'consistency', 'sourcing', 'numbers', 'cleanup'];
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** A half-open range of UTF-16 code units (JavaScript string indices) into a document. */
export interface Span {
  start: number;
  end: number;
}

/** A fix that edits text away from the finding's own span (inserting "according to [source]"). */
export interface Fix {
  /** The action's title: "Add \"according to [source]\"". */
  title: string;
  /** Edits in document offsets; `expect` is the text each replaces, checked before applying. */
  edits: (Span & { text: string; expect: string })[];
}

/** One problem in one document, as a rule reports it and as hosts receive it. */
export interface Finding extends Span {
  /** The stable kebab-case id of the rule, also the setting key in `copydesk.rules`. */
  rule: string;
  category: Category;
  severity: Severity;
  /** One sentence: what is probably wrong, e.g. ``Unexpected `$ 540,000`, expected `$540,000` ``. */
  message: string;
  /** The longer why: the mechanism behind the error, e.g. "French *vol* means both theft and flight". */
  note?: string;
  /** The flagged text, exactly as it is in the document. */
  actual: string;
  /** Replacements for `actual`, best first. Empty when the rule cannot suggest one. */
  suggestions: string[];
  /** True when the first suggestion can be applied without reading the context (a preferred quick fix). */
  safe: boolean;
  /** Fixes that edit elsewhere than the finding's span, offered after the suggestions. */
  fixes?: Fix[];
  /** Rule-specific facts a host may show (for example the canonical name a variant belongs to). */
  data?: Record<string, unknown>;
}

/** The kinds of entity listed in the sidebar and in the CLI's JSON. */
export type EntityKind = 'person' | 'organization' | 'place' | 'figure' | 'date';

/** A person, body, place, figure or date named in a document, with every mention. */
export interface Entity {
  kind: EntityKind;
  /** The canonical (configured or majority) spelling. */
  name: string;
  /** Other spellings found for the same entity. */
  variants: string[];
  mentions: Span[];
  /** Job titles and roles given to a person, or the unit of a figure. */
  titles?: string[];
  /** For figures: who the figure is attributed to, or null when nobody is. */
  source?: string | null;
  /** For people: short quotes or claims attributed to them. */
  claims?: string[];
}

/** Everything Copydesk found in one document. */
export interface DocumentResult {
  /** The identifier the host passed in (a path or URI). */
  uri: string;
  findings: Finding[];
  entities: Entity[];
  /** How machine-translated the document looks, 0 (clean) to 1 (surely garbled). */
  translationScore: number;
  /** Set when the document was larger than the configured limit and only its start was checked. */
  truncatedAt?: number;
}
