/**
 * Keeps diagnostics in step with open documents: checks a document when it
 * opens, again shortly after the user stops typing, and clears it when it
 * closes. Every result is tied to the document version it was computed for;
 * consumers (code actions, the status bar, the entities view) ask for a
 * result through `resultFor`, which re-checks a stale document first, so no
 * fix is ever built on old offsets.
 *
 * Each workspace folder has one core `Workspace` holding its open documents
 * and, indexed in the background, its other article files, so name
 * spellings are compared across the folder as the CLI compares the files
 * it is given.
 */
import * as vscode from 'vscode';
import { docsPath, Workspace, type Config, type DocumentResult, type Finding, type Severity } from '../core/index.js';
import type { Settings } from './settings.js';

/** A result and the document version it belongs to. */
export interface Checked {
  version: number;
  result: DocumentResult;
  diagnostics: vscode.Diagnostic[];
}

export const SCHEMES = new Set(['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web', 'memfs']);
const DEBOUNCE_MS = 250;
/** Other open documents of a folder are re-checked after this pause, for cross-document findings. */
const NEIGHBOUR_DEBOUNCE_MS = 1000;
const INDEX_LIMIT = 2000;
const ARTICLE_GLOB = '**/*.{txt,md,markdown}';
const EXCLUDE_GLOB = '**/{node_modules,.git,dist,out,.vscode-test}/**';

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
  private readonly workspaces = new Map<string, Workspace>();
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly indexed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires after a document's diagnostics were published (or cleared). */
  readonly onDidCheck = this.changed.event;
  /** Fires when background indexing of workspace files changed what the workspaces hold. */
  readonly onDidIndex = this.indexed.event;

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
      if (this.results.has(key)) this.forget(document);
      return undefined;
    }
    const workspace = this.workspaceFor(document.uri);
    workspace.set({ uri: key, text: document.getText(), format: document.languageId === 'markdown' ? 'markdown' : 'plaintext' });
    const [result] = workspace.check([key]);
    const diagnostics = result!.findings.map((finding) => this.toDiagnostic(document, finding));
    const checked: Checked = { version: document.version, result: result!, diagnostics };
    const previous = this.results.get(key);
    this.results.set(key, checked);
    this.collection.set(document.uri, diagnostics);
    this.changed.fire(document);
    if (previous && previous.version !== document.version) this.scheduleNeighbours(document);
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

  /** The core workspace of the folder holding a URI (one for files outside any folder). */
  workspaceFor(uri: vscode.Uri): Workspace {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const key = folder?.uri.toString() ?? '';
    let workspace = this.workspaces.get(key);
    if (!workspace) {
      workspace = new Workspace({ config: this.settings.configFor(folder?.uri ?? uri) });
      this.workspaces.set(key, workspace);
    }
    return workspace;
  }

  /** Drops a document's diagnostics and result (when it closes or stops being checked). */
  forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.results.delete(key);
    this.collection.delete(document.uri);
    // A closed file keeps counting for cross-document names if it is on disk in the folder.
    if (document.uri.scheme !== 'file' || document.isDirty) this.workspaceFor(document.uri).delete(key);
    else void this.indexFile(document.uri);
    this.changed.fire(document);
  }

  /** Re-checks every open document (after a settings change). */
  recheckAll(): void {
    this.settings.reset();
    for (const [key, workspace] of this.workspaces) {
      const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.toString() === key);
      workspace.configure(this.settings.configFor(folder?.uri));
    }
    for (const document of vscode.workspace.textDocuments) this.check(document);
  }

  /** Reads the article files of every workspace folder into the folder's workspace, in the background. */
  async indexWorkspace(token?: vscode.CancellationToken): Promise<number> {
    let count = 0;
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const files = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, ARTICLE_GLOB), EXCLUDE_GLOB, INDEX_LIMIT, token);
      for (const file of files) {
        if (token?.isCancellationRequested) return count;
        if (await this.indexFile(file)) count++;
      }
    }
    for (const document of vscode.workspace.textDocuments) if (this.results.has(document.uri.toString())) this.check(document);
    this.indexed.fire();
    return count;
  }

  /** Adds one file from disk to its folder's workspace (unless it is open: the editor's text wins). */
  async indexFile(uri: vscode.Uri): Promise<boolean> {
    const key = uri.toString();
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === key && !d.isClosed)) return false;
    const config = this.settings.configFor(uri);
    const language = /\.(md|markdown)$/i.test(uri.path) ? 'markdown' : 'plaintext';
    if (!config.languages.includes(language)) return false;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > config.maxFileSize * 4) return false;
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (bytes.subarray(0, 8000).includes(0)) return false; // binary
      this.workspaceFor(uri).set({ uri: key, text: new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''), format: language });
      return true;
    } catch {
      return false;
    }
  }

  /** Forgets a file deleted from disk. */
  removeFile(uri: vscode.Uri): void {
    this.workspaceFor(uri).delete(uri.toString());
    this.fileChanged(uri);
  }

  /**
   * Re-reads an article that changed on disk (another editor's save, a git
   * pull) and re-checks the open documents of its folder, whose cross-document
   * findings may have changed.
   */
  async refreshFile(uri: vscode.Uri): Promise<void> {
    if (await this.indexFile(uri)) this.fileChanged(uri);
  }

  private fileChanged(uri: vscode.Uri): void {
    const folder = vscode.workspace.getWorkspaceFolder(uri)?.uri.toString();
    for (const document of vscode.workspace.textDocuments) {
      if (document.uri.toString() === uri.toString() || !this.results.has(document.uri.toString())) continue;
      if (vscode.workspace.getWorkspaceFolder(document.uri)?.uri.toString() === folder) this.schedule(document, DEBOUNCE_MS);
    }
    this.indexed.fire();
  }

  /** The docs link of a rule, inside the extension (works offline and on vscode.dev). */
  docsUri(rule: string): vscode.Uri {
    const [path, fragment] = docsPath(rule).split('#');
    return vscode.Uri.joinPath(this.extensionUri, path!).with({ fragment: fragment ?? '' });
  }

  /** Re-checks the other open documents of a folder a little later: their cross-document findings may have changed. */
  private scheduleNeighbours(document: vscode.TextDocument): void {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri)?.uri.toString();
    for (const other of vscode.workspace.textDocuments) {
      if (other === document || !this.results.has(other.uri.toString())) continue;
      if (vscode.workspace.getWorkspaceFolder(other.uri)?.uri.toString() !== folder) continue;
      this.schedule(other, NEIGHBOUR_DEBOUNCE_MS);
    }
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
    this.indexed.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
