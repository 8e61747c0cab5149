/**
 * Reads and writes Copydesk's settings through VS Code's configuration API.
 *
 * Reading goes through the core's one normalising reader, so the extension
 * and the CLI agree on every value. Writing always targets the workspace's
 * `.vscode/settings.json` (the file a team commits); VS Code merges the
 * change into the file and keeps its comments and other keys. Nothing is
 * written to user settings unless the user picks that explicitly.
 */
import * as vscode from 'vscode';
import { readConfig, RULE_IDS, SETTING_KEYS, type Config } from '../core/index.js';

/** Reads the effective config for a document's folder; reports new warnings once through `warn`. */
export class Settings {
  private readonly cache = new Map<string, Config>();
  private readonly warned = new Set<string>();

  constructor(private readonly warn: (message: string) => void) {}

  /** The config for a resource (memoised until the configuration changes). */
  configFor(uri: vscode.Uri | undefined): Config {
    const folder = uri ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
    const key = folder?.uri.toString() ?? '';
    let config = this.cache.get(key);
    if (!config) {
      const section = vscode.workspace.getConfiguration('copydesk', folder?.uri ?? uri);
      const raw: Record<string, unknown> = {};
      for (const name of SETTING_KEYS) {
        const value = section.get(name);
        if (value !== undefined) raw[name] = value;
      }
      // Keys the schema does not declare ("copydesk.colour") reach the reader too, so it can name them.
      for (const [name, value] of Object.entries(section)) if (typeof value !== 'function' && !(name in raw) && !name.includes('.')) raw[name] = value;
      const result = readConfig(raw, RULE_IDS);
      config = result.config;
      if (result.warning && !this.warned.has(result.warning)) {
        this.warned.add(result.warning);
        this.warn(result.warning);
      }
      this.cache.set(key, config);
    }
    return config;
  }

  /** Forgets cached configs; call when `copydesk.*` settings change. */
  reset(): void {
    this.cache.clear();
  }
}

/** Where a configuration write lands, for the action's title and the notification. */
export function settingsFileLabel(uri: vscode.Uri): string {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return 'user settings';
  return vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders.length > 1 ? `${folder.name}/.vscode/settings.json` : '.vscode/settings.json';
}

/**
 * Updates one `copydesk.*` setting in the workspace folder's `.vscode/settings.json`.
 * With no folder open, asks before writing user settings instead.
 */
export async function updateWorkspaceSetting(uri: vscode.Uri, key: string, update: (current: unknown) => unknown, what: string): Promise<boolean> {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const section = vscode.workspace.getConfiguration('copydesk', folder?.uri ?? uri);
  let target = vscode.ConfigurationTarget.WorkspaceFolder;
  if (!folder) {
    const choice = await vscode.window.showWarningMessage(`Copydesk: ${what} needs a workspace folder, so the team can share it in .vscode/settings.json. No folder is open.`, 'Save in User Settings', 'Cancel');
    if (choice !== 'Save in User Settings') return false;
    target = vscode.ConfigurationTarget.Global;
  }
  const inspected = section.inspect(key);
  const current = target === vscode.ConfigurationTarget.Global ? inspected?.globalValue : (inspected?.workspaceFolderValue ?? inspected?.workspaceValue);
  await section.update(key, update(current), target);
  vscode.window.setStatusBarMessage(`Copydesk: ${what} (saved in ${target === vscode.ConfigurationTarget.Global ? 'user settings' : settingsFileLabel(uri)})`, 5000);
  return true;
}
