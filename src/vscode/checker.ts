/**
 * Keeps diagnostics in step with open documents: checks a document when it
 * opens, again shortly after the user stops typing, and clears it when it
 * closes. Every result is tied to the document version it was computed for;
 * consumers (code actions, the status bar, the entities view) ask for a
 * result through `resultFor`, which re-checks a stale document first, so no
 * fix is ever built on old offsets.
 */
import * as vscode from 'vscode';
import { analyze, docsPath, type Config, type DocumentResult, type Finding, type Severity } from '../core/index.js';
import type { Settings } from './settings.js';

/** A result and the document version it belongs to. */
export interface Checked {
  version: number;
  result: DocumentResult;
  diagnostics: vscode.Diagnostic[];
}

export const SCHEMES = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web', 'memfs']);
const DEBOUNCE_MS = 250;

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class Checker implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('copydesk');
  private readonly results = new Map<string, Checked>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires after a document's diagnostics were published. */
  readonly onDidCheck = this.changed.event;

  constructor(
    private readonly settings: Settings,
    private readonly extensionUri: vscode.Uri,
  ) {}

  /** True when Copydesk checks this document (its language and scheme). */
  handles(document: vscode.TextDocument): boolean {
    if (!SCHEMES.has(document.uri.scheme)) return false;
    return this.settings.configFor(document.uri).languages.includes(document.languageId);
  }

  /** Checks a document after a pause in typing. */
  schedule(document: vscode.TextDocument, delay = DEBOUNCE_MS): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!document.isClosed) this.check(document);
      }, delay),
    );
  }

  /** Checks a document now and publishes its diagnostics. */
  check(document: vscode.TextDocument): Checked | undefined {
    const key = document.uri.toString();
    if (!this.handles(document)) {
      this.forget(document);
      return undefined;
    }
    const config = this.settings.configFor(document.uri);
    const [result] = analyze([{ uri: key, text: document.getText(), format: document.languageId === 'markdown' ? 'markdown' : 'plaintext' }], { config });
    const diagnostics = result!.findings.map((finding) => this.toDiagnostic(document, finding));
    const checked: Checked = { version: document.version, result: result!, diagnostics };
    this.results.set(key, checked);
    this.collection.set(document.uri, diagnostics);
    this.changed.fire(document);
    return checked;
  }

  /** The result for the document's current version, re-checking first if it is stale. */
  resultFor(document: vscode.TextDocument): Checked | undefined {
    const checked = this.results.get(document.uri.toString());
    if (checked && checked.version === document.version) return checked;
    return this.check(document);
  }

  /** The config that applies to a document. */
  configFor(document: vscode.TextDocument): Config {
    return this.settings.configFor(document.uri);
  }

  /** Drops a document's diagnostics and result (when it closes or stops being checked). */
  forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.results.delete(key);
    this.collection.delete(document.uri);
    this.changed.fire(document);
  }

  /** Re-checks every open document (after a settings change). */
  recheckAll(): void {
    this.settings.reset();
    for (const document of vscode.workspace.textDocuments) this.check(document);
  }

  /** The docs link of a rule, inside the extension (works offline and on vscode.dev). */
  docsUri(rule: string): vscode.Uri {
    const [path, fragment] = docsPath(rule).split('#');
    return vscode.Uri.joinPath(this.extensionUri, path!).with({ fragment: fragment ?? '' });
  }

  private toDiagnostic(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic {
    const range = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
    const message = finding.note ? `${finding.message}\n${finding.note}` : finding.message;
    const diagnostic = new vscode.Diagnostic(range, message, SEVERITY[finding.severity]);
    diagnostic.source = 'copydesk';
    diagnostic.code = { value: finding.rule, target: this.docsUri(finding.rule) };
    return diagnostic;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.collection.dispose();
    this.changed.dispose();
  }
}
