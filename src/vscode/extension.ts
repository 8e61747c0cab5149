/**
 * The VS Code adapter: the only part of Copydesk that imports `vscode`.
 * It wires documents, settings and commands to the pure core; it runs the
 * same in desktop VS Code and, bundled for the browser, on vscode.dev.
 */
import * as vscode from 'vscode';
import { CopydeskActions } from './actions.js';
import { Checker, SCHEMES } from './checker.js';
import { EntitiesView, type EntityNode } from './entities.js';
import { Settings, updateWorkspaceSetting } from './settings.js';
import { StatusBar } from './status.js';

/** What `activate` returns: handles the integration tests use to observe the extension. */
export interface CopydeskApi {
  checker: Checker;
  entities: EntitiesView;
  /** Resolves when the first background index of workspace articles has finished. */
  indexed: Promise<number>;
}

export function activate(context: vscode.ExtensionContext): CopydeskApi {
  const output = vscode.window.createOutputChannel('Copydesk', { log: true });
  const settings = new Settings((warning) => {
    output.warn(warning);
    void vscode.window.showWarningMessage(warning, 'Open Settings').then((choice) => {
      if (choice) void vscode.commands.executeCommand('workbench.action.openWorkspaceSettingsFile');
    });
  });
  const checker = new Checker(settings, context.extensionUri);
  const status = new StatusBar(checker);
  const entities = new EntitiesView(checker);
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{txt,md,markdown}');

  const selector: vscode.DocumentSelector = [...SCHEMES].map((scheme) => ({ scheme }));
  context.subscriptions.push(
    output,
    checker,
    status,
    entities,
    watcher,
    vscode.languages.registerCodeActionsProvider(selector, new CopydeskActions(checker), CopydeskActions.metadata),
    vscode.workspace.onDidOpenTextDocument((document) => checker.check(document)),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length) checker.schedule(event.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => checker.forget(document)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('copydesk')) checker.recheckAll();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => checker.recheckAll()),
    watcher.onDidCreate((uri) => void checker.refreshFile(uri)),
    watcher.onDidChange((uri) => void checker.refreshFile(uri)),
    watcher.onDidDelete((uri) => checker.removeFile(uri)),
    vscode.commands.registerCommand('copydesk.ignore', (uri: vscode.Uri, term: string) =>
      updateWorkspaceSetting(uri, 'ignore', (current) => unique([...(Array.isArray(current) ? current : []), term]), `"${term}" will not be flagged`),
    ),
    vscode.commands.registerCommand('copydesk.disableRule', (uri: vscode.Uri, rule: string) =>
      updateWorkspaceSetting(uri, 'rules', (current) => ({ ...(isObject(current) ? current : {}), [rule]: 'off' }), `${rule} is off`),
    ),
    vscode.commands.registerCommand('copydesk.makeCanonical', (uri: vscode.Uri, canonical: string, variants: string[] = []) =>
      updateWorkspaceSetting(
        uri,
        'names',
        (current) => {
          const names: Record<string, string[]> = isObject(current) ? { ...(current as Record<string, string[]>) } : Array.isArray(current) ? Object.fromEntries(current.map((n) => [String(n), []])) : {};
          names[canonical] = unique([...(Array.isArray(names[canonical]) ? names[canonical] : []), ...variants]);
          return names;
        },
        `"${canonical}" is the canonical spelling`,
      ),
    ),
    vscode.commands.registerCommand('copydesk.markFigureChecked', (uri: vscode.Uri, figure: string) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      const path = folder ? vscode.workspace.asRelativePath(uri, false) : '*';
      return updateWorkspaceSetting(
        uri,
        'checkedFigures',
        (current) => {
          const byFile: Record<string, string[]> = Array.isArray(current) ? { '*': current.filter((f): f is string => typeof f === 'string') } : isObject(current) ? { ...(current as Record<string, string[]>) } : {};
          byFile[path] = unique([...(Array.isArray(byFile[path]) ? byFile[path] : []), figure]);
          return byFile;
        },
        `"${figure}" is marked as checked in ${path === '*' ? 'every document' : path}`,
      );
    }),
    vscode.commands.registerCommand('copydesk.entities.makeCanonical', (node?: EntityNode) => {
      if (node?.type !== 'entity') return;
      const uri = node.entry.documents[0]?.uri ?? vscode.window.activeTextEditor?.document.uri;
      if (uri) return vscode.commands.executeCommand('copydesk.makeCanonical', uri, node.entry.name, node.entry.variants);
    }),
    vscode.commands.registerCommand('copydesk.entities.ignore', (node?: EntityNode) => {
      if (node?.type !== 'entity') return;
      const uri = node.entry.documents[0]?.uri ?? vscode.window.activeTextEditor?.document.uri;
      if (uri) return vscode.commands.executeCommand('copydesk.ignore', uri, node.entry.name);
    }),
    vscode.commands.registerCommand('copydesk.entities.showWorkspace', () => entities.setScope('workspace')),
    vscode.commands.registerCommand('copydesk.entities.showFile', () => entities.setScope('file')),
    vscode.commands.registerCommand('copydesk.revealMention', async (uri: vscode.Uri, start: number, end: number) => {
      const document = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(document, { preserveFocus: false, preview: true });
      const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
    vscode.commands.registerCommand('copydesk.checkDocument', () => {
      const document = vscode.window.activeTextEditor?.document;
      if (document) checker.check(document);
    }),
    vscode.commands.registerCommand('copydesk.showOutput', () => output.show()),
  );
  for (const document of vscode.workspace.textDocuments) checker.check(document);
  // Index the workspace's other articles for cross-document name checks, off the activation path.
  const indexing = new vscode.CancellationTokenSource();
  context.subscriptions.push(indexing);
  const indexed = new Promise<number>((resolve) => setTimeout(resolve, 0)).then(() => checker.indexWorkspace(indexing.token));
  indexed.then(
    (count) => output.info(`Indexed ${count} article file(s) for cross-document name checks.`),
    (error: unknown) => output.error(`Indexing the workspace failed: ${String(error)}`),
  );
  return { checker, entities, indexed };
}

export function deactivate(): void {}

function unique(list: unknown[]): string[] {
  return [...new Set(list.filter((item): item is string => typeof item === 'string'))];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
