/**
 * Output formats of `copydesk check`: compact text (one line per finding, as
 * eslint's compact formatter), the versioned JSON contract, and SARIF 2.1.0
 * for code-scanning dashboards.
 */
import { LineIndex, docsPath, getRule, type DocumentResult, type Entity, type Finding, type Point, type Span } from '../core/index.js';

/** A checked file: its display path, its text and what the core found. */
export interface CheckedFile {
  path: string;
  text: string;
  result: DocumentResult;
}

/** `file:line:col  severity  message  [rule]`, one line per finding. */
export function formatText(files: readonly CheckedFile[]): string {
  const lines: string[] = [];
  for (const file of files) {
    const index = new LineIndex(file.text);
    for (const finding of file.result.findings) {
      const at = index.point(finding.start);
      lines.push(`${file.path}:${at.line}:${at.column}  ${finding.severity}  ${finding.message}  [${finding.rule}]`);
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

interface JsonRange {
  start: Point;
  end: Point;
}

/** The JSON contract, version 1 (fields may be added, never renamed). */
export interface JsonReport {
  version: 1;
  files: {
    path: string;
    findings: (Omit<Finding, 'start' | 'end' | 'fixes'> & JsonRange & { docs: string; fixes?: { title: string; edits: (JsonRange & { text: string })[] }[] })[];
    entities: (Omit<Entity, 'mentions'> & { mentions: JsonRange[] })[];
    translationScore: number;
    truncatedAt?: number;
  }[];
}

/** Builds the JSON report (version 1). */
export function toJson(files: readonly CheckedFile[]): JsonReport {
  return {
    version: 1,
    files: files.map((file) => {
      const index = new LineIndex(file.text);
      const range = (span: Span): JsonRange => ({ start: index.point(span.start), end: index.point(span.end) });
      return {
        path: file.path,
        findings: file.result.findings.map((finding) => {
          const { start, end, ...rest } = finding;
          return {
            rule: rest.rule,
            category: rest.category,
            severity: rest.severity,
            message: rest.message,
            ...range({ start, end }),
            actual: rest.actual,
            suggestions: rest.suggestions,
            safe: rest.safe,
            ...(rest.note ? { note: rest.note } : {}),
            ...(rest.fixes ? { fixes: rest.fixes.map((fix) => ({ title: fix.title, edits: fix.edits.map((e) => ({ ...range(e), text: e.text })) })) } : {}),
            ...(rest.data ? { data: rest.data } : {}),
            docs: docsPath(rest.rule),
          };
        }),
        entities: file.result.entities.map(({ mentions, ...entity }) => ({ ...entity, mentions: mentions.map(range) })),
        translationScore: file.result.translationScore,
        ...(file.result.truncatedAt !== undefined ? { truncatedAt: file.result.truncatedAt } : {}),
      };
    }),
  };
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

/** A SARIF 2.1.0 log, so CI dashboards that read code-scanning results can show findings. */
export function toSarif(files: readonly CheckedFile[], version: string): object {
  const ruleIds = [...new Set(files.flatMap((file) => file.result.findings.map((f) => f.rule)))].sort();
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'copydesk',
            version,
            rules: ruleIds.map((id) => ({ id, shortDescription: { text: getRule(id)?.description ?? id }, helpUri: docsPath(id), properties: { category: getRule(id)?.category } })),
          },
        },
        results: files.flatMap((file) => {
          const index = new LineIndex(file.text);
          return file.result.findings.map((finding) => {
            const start = index.point(finding.start);
            const end = index.point(finding.end);
            return {
              ruleId: finding.rule,
              level: SARIF_LEVEL[finding.severity],
              message: { text: finding.message },
              locations: [{ physicalLocation: { artifactLocation: { uri: file.path.split('\\').join('/') }, region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, charOffset: finding.start, charLength: finding.end - finding.start } } }],
              ...(finding.suggestions.length
                ? { fixes: finding.suggestions.slice(0, 1).map((text) => ({ description: { text: `Replace with "${text}"` }, artifactChanges: [{ artifactLocation: { uri: file.path.split('\\').join('/') }, replacements: [{ deletedRegion: { charOffset: finding.start, charLength: finding.end - finding.start }, insertedContent: { text } }] }] })) }
                : {}),
            };
          });
        }),
      },
    ],
  };
}

/** Lines for files that look machine-translated (score ≥ 0.5), printed before the count. */
export function translationNotes(files: readonly CheckedFile[]): string {
  return files
    .filter((f) => f.result.translationScore >= 0.5)
    .map((f) => `${f.path}: looks machine-translated (score ${Math.round(f.result.translationScore * 100)}%); read it closely\n`)
    .join('');
}

/** A one-line count of problems by severity, printed after the text format. */
export function summary(files: readonly CheckedFile[]): string {
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const file of files) for (const finding of file.result.findings) counts[finding.severity]++;
  const total = counts.error + counts.warning + counts.information + counts.hint;
  const parts = (Object.keys(counts) as (keyof typeof counts)[]).filter((k) => counts[k]).map((k) => `${counts[k]} ${k}${counts[k] === 1 || k === 'information' ? '' : 's'}`);
  return `${total} problem${total === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}
