/**
 * Helpers for the integration suite, which runs inside a real VS Code
 * extension host (desktop VS Code through @vscode/test-electron, or
 * code-server). Everything is observed through public VS Code APIs:
 * diagnostics, code actions, workspace edits and configuration.
 *
 * Waiting is always for a change (an event, backed by a short poll), with a
 * deadline that fails the test; never a fixed sleep.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'jsonc-parser';
import * as vscode from 'vscode';
import type { CopydeskApi } from '../../src/vscode/extension';

export const EXTENSION_ID = 'copydesk.copydesk';
/** How long any wait may take before the test fails; generous for a loaded 2-core CI machine. */
export const WAIT_MS = 20_000;

/** Activates Copydesk (it may still be starting when the suite begins). */
export async function activateCopydesk(): Promise<void> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded in this VS Code`);
  await extension.activate();
  assert.ok(extension.isActive, `extension ${EXTENSION_ID} did not activate`);
}

/** What Copydesk's `activate()` returned: its checker, entities view and indexing promise. */
export async function copydeskApi(): Promise<CopydeskApi> {
  await activateCopydesk();
  const api = vscode.extensions.getExtension<CopydeskApi>(EXTENSION_ID)!.exports;
  assert.ok(api?.checker && api.entities && api.indexed, 'activate() returns { checker, entities, indexed }');
  return api;
}

/**
 * Resolves with the first truthy value `probe` returns, polling every 50 ms;
 * fails after `timeout` with `what` and, if given, what the state is now.
 */
export function waitFor<T>(probe: () => T | undefined | null | false, what: string, now?: () => string, timeout = WAIT_MS): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const value = probe();
      if (!value) return false;
      clearInterval(poll);
      clearTimeout(deadline);
      resolve(value);
      return true;
    };
    const poll = setInterval(check, 50);
    const deadline = setTimeout(() => {
      clearInterval(poll);
      reject(new Error(`Timed out after ${timeout} ms waiting for ${what}${now ? `; now: ${now()}` : ''}`));
    }, timeout);
    check();
  });
}

/** The test workspace folder (a fresh copy of test/integration/workspace made by the runner). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration tests need the test workspace folder open');
  return folder.uri;
}

let copies = 0;

/**
 * Copies `articles/<name>` of the test workspace to a new file under
 * `scratch/` and opens it in an editor, so every test edits its own file.
 */
export async function openArticle(name: string, folder = 'articles'): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
  const root = workspaceRoot();
  const copy = vscode.Uri.joinPath(root, 'scratch', `${++copies}-${name}`);
  await vscode.workspace.fs.copy(vscode.Uri.joinPath(root, folder, name), copy, { overwrite: true });
  const editor = await openEditor(copy);
  return { document: editor.document, editor };
}

/**
 * Opens a file in an editor as a user does. (`workspace.openTextDocument` would
 * also work, but VS Code then keeps the document open for minutes after its
 * editor closes, so closing could not be tested and old findings would crowd
 * the Problems panel.)
 */
export async function openEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const isIt = (editor: vscode.TextEditor | undefined): editor is vscode.TextEditor => editor?.document.uri.toString() === uri.toString();
  const shown = new Promise<vscode.TextEditor>((resolve, reject) => {
    if (isIt(vscode.window.activeTextEditor)) return resolve(vscode.window.activeTextEditor);
    const subscription = vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (!isIt(editor)) return;
      subscription.dispose();
      clearTimeout(deadline);
      resolve(editor);
    });
    const deadline = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`Timed out after ${WAIT_MS} ms waiting for an editor on ${uri.path}`));
    }, WAIT_MS);
  });
  await vscode.commands.executeCommand('vscode.open', uri, { preview: false });
  return isIt(vscode.window.activeTextEditor) ? vscode.window.activeTextEditor : shown;
}

/** Saves and closes every editor, so no dirty document prompts and no diagnostics carry over. */
export async function closeAllEditors(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (document.isDirty && document.uri.scheme === 'file') await document.save();
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The range of the n-th occurrence (0-based) of `text` in the document, found independently of Copydesk. */
export function rangeOf(document: vscode.TextDocument, text: string, occurrence = 0): vscode.Range {
  const content = document.getText();
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = content.indexOf(text, at + 1);
    assert.ok(at >= 0, `"${text}" (occurrence ${occurrence}) is not in ${document.uri.path}`);
  }
  return new vscode.Range(document.positionAt(at), document.positionAt(at + text.length));
}

const SEVERITY_NAMES = ['error', 'warning', 'information', 'hint'];

/** The rule id of a Copydesk diagnostic (its `code.value`). */
export function ruleOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === 'object' && code !== null ? String(code.value) : String(code);
}

/** `rule line:col-line:col severity "text under the range"` (1-based), for readable assertions. */
export function summarize(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): string {
  const { start, end } = diagnostic.range;
  return `${ruleOf(diagnostic)} ${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${SEVERITY_NAMES[diagnostic.severity]} ${JSON.stringify(document.getText(diagnostic.range))}`;
}

/** A document's diagnostics in document order, summarised. */
export function summaries(document: vscode.TextDocument, diagnostics = vscode.languages.getDiagnostics(document.uri)): string[] {
  return sorted(diagnostics).map((d) => summarize(document, d));
}

export function sorted(diagnostics: readonly vscode.Diagnostic[]): vscode.Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.range.start.compareTo(b.range.start) || a.range.end.compareTo(b.range.end));
}

/** Everything about a diagnostic that a user could see change. */
function fingerprint(diagnostics: readonly vscode.Diagnostic[]): string {
  return JSON.stringify(
    sorted(diagnostics).map((d) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.severity, d.message, d.source, ruleOf(d)]),
  );
}

/**
 * Resolves with the document's diagnostics once `until` holds for them. Listens
 * to `onDidChangeDiagnostics` and also polls every 50 ms; fails after `timeout`.
 */
export function waitForDiagnostics(uri: vscode.Uri, until: (diagnostics: vscode.Diagnostic[]) => boolean, what: string, timeout = WAIT_MS): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!until(diagnostics)) return;
      stop();
      resolve(diagnostics);
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const poll = setInterval(check, 50);
    const deadline = setTimeout(() => {
      stop();
      const now = vscode.languages.getDiagnostics(uri).map((d) => `${ruleOf(d)}@${d.range.start.line + 1}:${d.range.start.character + 1}/${SEVERITY_NAMES[d.severity]}`);
      reject(new Error(`Timed out after ${timeout} ms waiting for ${what} in ${uri.path}; diagnostics now: [${now.join(', ')}]`));
    }, timeout);
    function stop(): void {
      subscription.dispose();
      clearInterval(poll);
      clearTimeout(deadline);
    }
    check();
  });
}

/** Resolves once the document's diagnostics differ from `before` (take `before` ahead of the action). */
export function waitForDiagnosticsChange(uri: vscode.Uri, before: readonly vscode.Diagnostic[], what = 'diagnostics to change', timeout = WAIT_MS): Promise<vscode.Diagnostic[]> {
  const was = fingerprint(before);
  return waitForDiagnostics(uri, (now) => fingerprint(now) !== was, what, timeout);
}

/** Runs `action` and waits for the document's diagnostics to change because of it. */
export async function afterChange(uri: vscode.Uri, action: () => Thenable<unknown> | unknown, what?: string): Promise<vscode.Diagnostic[]> {
  const before = vscode.languages.getDiagnostics(uri);
  await action();
  return waitForDiagnosticsChange(uri, before, what);
}

/** Quick fixes (or actions of `kind`) that VS Code collects for a range, as the lightbulb would. */
export async function codeActions(document: vscode.TextDocument, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range, kind);
  return actions ?? [];
}

/** The one action with this title; fails listing what was offered otherwise. */
export function actionTitled(actions: readonly vscode.CodeAction[], title: string): vscode.CodeAction {
  const matches = actions.filter((a) => a.title === title);
  assert.equal(matches.length, 1, `expected one action "${title}", got: ${JSON.stringify(actions.map((a) => a.title))}`);
  return matches[0]!;
}

/** The text edits of a WorkspaceEdit for one document, as `line:col-line:col → "new text"`. */
export function editsOf(edit: vscode.WorkspaceEdit | undefined, uri: vscode.Uri): string[] {
  assert.ok(edit, 'the action has no edit');
  const entries = edit.entries();
  for (const [target] of entries) assert.equal(target.toString(), uri.toString(), 'the edit touches another document');
  return entries.flatMap(([, edits]) =>
    edits.map((e) => `${e.range.start.line + 1}:${e.range.start.character + 1}-${e.range.end.line + 1}:${e.range.end.character + 1} → ${JSON.stringify(e.newText)}`),
  );
}

/** `text` with `range` (offsets) replaced: the expected result of a correct fix. */
export function replaced(text: string, start: number, end: number, replacement: string): string {
  return text.slice(0, start) + replacement + text.slice(end);
}

/** A file of the test workspace, by its path relative to the folder. */
export function workspaceFile(path: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...path.split('/'));
}

/** Reads a workspace file through VS Code's file system API. */
export async function readWorkspaceFile(path: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(path)));
}

/** Writes a workspace file through VS Code's file system API, as another tool or `git pull` would change it. */
export async function writeWorkspaceFile(path: string, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(workspaceFile(path), new TextEncoder().encode(text));
}

/**
 * What Copydesk wrote to its "Copydesk" output channel (a log channel, which
 * VS Code keeps in a file under the profile's logs folder; the runner passes
 * that folder in COPYDESK_TEST_LOGS). Undefined when the folder is unknown.
 */
export function copydeskOutput(): string | undefined {
  const logs = process.env.COPYDESK_TEST_LOGS;
  if (!logs || !existsSync(logs)) return undefined;
  const found: string[] = [];
  const walk = (dir: string, depth: number): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && depth < 5) walk(path, depth + 1);
      else if (entry.isFile() && entry.name === 'Copydesk.log' && dir.endsWith(EXTENSION_ID)) found.push(path);
    }
  };
  walk(logs, 0);
  return found.length ? found.map((file) => readFileSync(file, 'utf8')).join('') : undefined;
}

// --- Workspace settings -----------------------------------------------------

/** The test workspace's real `.vscode/settings.json` on disk. */
export function settingsPath(): string {
  return vscode.Uri.joinPath(workspaceRoot(), '.vscode', 'settings.json').fsPath;
}

export function readSettingsText(): string {
  return readFileSync(settingsPath(), 'utf8');
}

/** The settings file parsed as JSON with comments. */
export function readSettings(): Record<string, unknown> {
  const errors: import('jsonc-parser').ParseError[] = [];
  const value = parse(readSettingsText(), errors, { allowTrailingComma: true });
  assert.deepEqual(errors, [], '.vscode/settings.json does not parse');
  return value as Record<string, unknown>;
}

/** Writes the settings file directly on disk, as an editor or `git checkout` would. */
export function writeSettingsText(text: string): void {
  writeFileSync(settingsPath(), text);
}

/** Resolves once VS Code's configuration API reports `copydesk.<key>` deep-equal to `expected`. */
export function waitForSetting(key: string, expected: unknown, timeout = WAIT_MS): Promise<void> {
  const matches = (): boolean => {
    const value = vscode.workspace.getConfiguration('copydesk', workspaceRoot()).get(key);
    try {
      assert.deepEqual(value, expected);
      return true;
    } catch {
      return false;
    }
  };
  return new Promise((resolve, reject) => {
    const done = (): void => {
      if (!matches()) return;
      stop();
      resolve();
    };
    const subscription = vscode.workspace.onDidChangeConfiguration(done);
    const poll = setInterval(done, 50);
    const deadline = setTimeout(() => {
      stop();
      reject(new Error(`Timed out after ${timeout} ms waiting for copydesk.${key} = ${JSON.stringify(expected)}; it is ${JSON.stringify(vscode.workspace.getConfiguration('copydesk', workspaceRoot()).get(key))}`));
    }, timeout);
    function stop(): void {
      subscription.dispose();
      clearInterval(poll);
      clearTimeout(deadline);
    }
    done();
  });
}
