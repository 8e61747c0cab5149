/**
 * The VS Code adapter: the only part of Copydesk that imports `vscode`.
 * It wires documents, settings and commands to the pure core; it runs the
 * same in desktop VS Code and, bundled for the browser, on vscode.dev.
 */
import * as vscode from 'vscode';
import { CopydeskActions } from './actions.js';
import { Checker, SCHEMES } from './checker.js';
import { Settings, updateWorkspaceSetting } from './settings.js';
import { StatusBar } from './status.js';

/** What `activate` returns: handles the integration tests use to observe the extension. */
export interface CopydeskApi {
  checker: Checker;
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

  const selector: vscode.DocumentSelector = [...SCHEMES].map((scheme) => ({ scheme }));
  context.subscriptions.push(
    output,
    checker,
    status,
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
    vscode.commands.registerCommand('copydesk.ignore', (uri: vscode.Uri, term: string) =>
      updateWorkspaceSetting(uri, 'ignore', (current) => unique([...(Array.isArray(current) ? current : []), term]), `"${term}" will not be flagged`),
    ),
    vscode.commands.registerCommand('copydesk.disableRule', (uri: vscode.Uri, rule: string) =>
      updateWorkspaceSetting(uri, 'rules', (current) => ({ ...(isObject(current) ? current : {}), [rule]: 'off' }), `${rule} is off`),
    ),
    vscode.commands.registerCommand('copydesk.checkDocument', () => {
      const document = vscode.window.activeTextEditor?.document;
      if (document) checker.check(document);
    }),
    vscode.commands.registerCommand('copydesk.showOutput', () => output.show()),
  );
  for (const document of vscode.workspace.textDocuments) checker.check(document);
  return { checker };
}

export function deactivate(): void {}

function unique(list: unknown[]): string[] {
  return [...new Set(list.filter((item): item is string => typeof item === 'string'))];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
