/**
 * The status bar item: the active article's problem count, how
 * machine-translated it looks, and whether it was checked only in part.
 */
import * as vscode from 'vscode';
import type { Checker } from './checker.js';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('copydesk.status', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly checker: Checker) {
    this.item.name = 'Copydesk';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      checker.onDidCheck((document) => {
        if (document === vscode.window.activeTextEditor?.document) this.update();
      }),
    );
    this.update();
  }

  /** Redraws the item for the active editor. */
  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const checked = document && this.checker.handles(document) ? this.checker.resultFor(document) : undefined;
    if (!document || !checked) {
      this.item.hide();
      return;
    }
    const { findings, translationScore, truncatedAt } = checked.result;
    const score = Math.round(translationScore * 100);
    const looksTranslated = score >= 50;
    this.item.text = `$(${looksTranslated ? 'warning' : 'checklist'}) Copydesk ${findings.length}${looksTranslated ? ` · MT ${score}%` : ''}${truncatedAt !== undefined ? ' · partial' : ''}`;
    const byCategory = new Map<string, number>();
    for (const finding of findings) byCategory.set(finding.category, (byCategory.get(finding.category) ?? 0) + 1);
    const lines = [`**Copydesk**: ${findings.length} finding${findings.length === 1 ? '' : 's'}`, ...[...byCategory].map(([category, count]) => `- ${category}: ${count}`)];
    lines.push('', `Machine-translation score: ${score}%${looksTranslated ? ' — read this article closely' : ''}`);
    if (truncatedAt !== undefined) lines.push('', `Checked the first ${truncatedAt.toLocaleString('en-US')} characters only (\`copydesk.maxFileSize\`).`);
    this.item.tooltip = new vscode.MarkdownString(lines.join('\n'));
    this.item.backgroundColor = truncatedAt !== undefined || looksTranslated ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
