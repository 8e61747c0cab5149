/**
 * The lightbulb: quick fixes built from the core's suggestions, plus the
 * actions that write team configuration. As in vscode-eslint, the actions of
 * one rule stay together: replace, fix all, ignore, disable.
 *
 * Edits are built from a result for the document's current version (see
 * `Checker.resultFor`), and each edit first checks that the text under the
 * range is still the flagged text, so a fix never lands on moved characters.
 */
import * as vscode from 'vscode';
import { getRule, type Finding, type Fix } from '../core/index.js';
import type { Checker } from './checker.js';
import { settingsFileLabel } from './settings.js';

/** The kind of Copydesk's fix-all source action (usable in `editor.codeActionsOnSave`). */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('copydesk');

export class CopydeskActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly checker: Checker) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const checked = this.checker.resultFor(document);
    if (!checked) return [];
    const wants = (kind: vscode.CodeActionKind): boolean => !context.only || context.only.contains(kind) || kind.contains(context.only);
    const actions: vscode.CodeAction[] = [];
    if (wants(FIX_ALL_KIND) && context.only) {
      const all = fixAll(document, checked.result.findings, FIX_ALL_KIND, 'Fix all safe Copydesk problems');
      if (all) actions.push(all);
      return actions;
    }
    if (!wants(vscode.CodeActionKind.QuickFix)) return actions;
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);
    checked.result.findings.forEach((finding, i) => {
      if (finding.end < start || finding.start > end) return;
      const diagnostic = checked.diagnostics[i]!;
      const rule = getRule(finding.rule);
      const label = rule?.id ?? finding.rule;
      const canonical = typeof finding.data?.canonical === 'string' ? finding.data.canonical : undefined;
      finding.suggestions.forEach((suggestion, n) => {
        const count = typeof finding.data?.count === 'number' ? finding.data.count : 0;
        const title = canonical === suggestion && count ? `Use "${suggestion}" (${count} mention${count === 1 ? '' : 's'})` : suggestion ? `Replace with "${suggestion}"` : `Delete "${finding.actual}"`;
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.edit = replaceEdit(document, [{ finding, text: suggestion }]);
        action.diagnostics = [diagnostic];
        action.isPreferred = n === 0 && finding.safe;
        actions.push(action);
      });
      if (canonical && finding.rule === 'name-variants') actions.push(...nameActions(document, checked.result.findings, finding, canonical, diagnostic));
      for (const fix of finding.fixes ?? []) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = fixEdit(document, fix);
        action.diagnostics = [diagnostic];
        actions.push(action);
      }
      if (finding.rule === 'unsourced-figure') {
        const figure = finding.actual;
        const mark = new vscode.CodeAction(`Mark "${figure}" as checked in this document (${settingsFileLabel(document.uri)})`, vscode.CodeActionKind.QuickFix);
        mark.command = { command: 'copydesk.markFigureChecked', title: mark.title, arguments: [document.uri, figure] };
        mark.diagnostics = [diagnostic];
        actions.push(mark);
      }
      const sameRule = checked.result.findings.filter((f) => f.rule === finding.rule && f.safe);
      if (finding.safe && sameRule.length > 1) {
        const all = fixAll(document, sameRule, vscode.CodeActionKind.QuickFix, `Fix all ${label} problems`);
        if (all) actions.push(all);
      }
      const where = settingsFileLabel(document.uri);
      const ignore = new vscode.CodeAction(`Ignore "${finding.actual.length > 40 ? `${finding.actual.slice(0, 37)}…` : finding.actual}" in this workspace (${where})`, vscode.CodeActionKind.QuickFix);
      ignore.command = { command: 'copydesk.ignore', title: ignore.title, arguments: [document.uri, finding.actual] };
      ignore.diagnostics = [diagnostic];
      actions.push(ignore);
      const disable = new vscode.CodeAction(`Disable ${label} in this workspace (${where})`, vscode.CodeActionKind.QuickFix);
      disable.command = { command: 'copydesk.disableRule', title: disable.title, arguments: [document.uri, finding.rule] };
      disable.diagnostics = [diagnostic];
      actions.push(disable);
    });
    return actions;
  }
}

/** A WorkspaceEdit replacing findings' ranges, skipping any whose text no longer matches. */
export function replaceEdit(document: vscode.TextDocument, edits: { finding: Finding; text: string }[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  let lastEnd = -1;
  for (const { finding, text } of [...edits].sort((a, b) => a.finding.start - b.finding.start)) {
    if (finding.start < lastEnd) continue; // overlapping fixes: keep the first
    const range = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
    if (document.getText(range) !== finding.actual) continue;
    edit.replace(document.uri, range, text);
    lastEnd = finding.end;
  }
  return edit;
}

/** "Use X everywhere in this file" and "Make X the canonical spelling for this workspace". */
function nameActions(document: vscode.TextDocument, findings: readonly Finding[], finding: Finding, canonical: string, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
  const out: vscode.CodeAction[] = [];
  const same = findings.filter((f) => f.rule === finding.rule && f.data?.canonical === canonical);
  if (same.length > 1) {
    const all = new vscode.CodeAction(`Use "${canonical}" everywhere in this file`, vscode.CodeActionKind.QuickFix);
    all.edit = replaceEdit(document, same.map((f) => ({ finding: f, text: canonical })));
    all.diagnostics = [diagnostic];
    out.push(all);
  }
  if (!finding.data?.configured) {
    const variants = [...new Set(same.map((f) => f.actual).filter((a) => a !== canonical))];
    const make = new vscode.CodeAction(`Make "${canonical}" the canonical spelling for this workspace (${settingsFileLabel(document.uri)})`, vscode.CodeActionKind.QuickFix);
    make.command = { command: 'copydesk.makeCanonical', title: make.title, arguments: [document.uri, canonical, variants] };
    make.diagnostics = [diagnostic];
    out.push(make);
  }
  return out;
}

/** A WorkspaceEdit for a fix that edits away from its finding, skipping edits whose text has changed. */
function fixEdit(document: vscode.TextDocument, fix: Fix): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of fix.edits) {
    const range = new vscode.Range(document.positionAt(e.start), document.positionAt(e.end));
    if (document.getText(range) !== e.expect) return new vscode.WorkspaceEdit();
    edit.replace(document.uri, range, e.text);
  }
  return edit;
}

function fixAll(document: vscode.TextDocument, findings: readonly Finding[], kind: vscode.CodeActionKind, title: string): vscode.CodeAction | undefined {
  const safe = findings.filter((f) => f.safe && f.suggestions.length);
  if (!safe.length) return undefined;
  const action = new vscode.CodeAction(title, kind);
  action.edit = replaceEdit(
    document,
    safe.map((finding) => ({ finding, text: finding.suggestions[0]! })),
  );
  return action;
}
