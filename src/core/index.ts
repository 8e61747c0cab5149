/**
 * Copydesk's analysis core: pure TypeScript with no `vscode` and no Node
 * built-ins, so the extension, the CLI, the web build and the tests share it.
 *
 * ```ts
 * const { config, warning } = readConfig(settings, RULE_IDS);
 * const [result] = analyze([{ uri: 'a.txt', text }], { config });
 * result.findings; // [{ rule: 'currency-spacing', start: 4, end: 13, suggestions: ['$540,000'], ... }]
 * ```
 */
export { analyze, analyzeText, Workspace, type AnalyzeOptions, type DocumentInput, type WorkspaceEntity } from './analyze.js';
export { readConfig, defaultConfig, ruleLevel, DOMAINS, SETTING_KEYS, type Config, type ConfigResult, type GlossaryEntry, type NameEntry } from './config.js';
export { RULES, RULE_IDS, getRule } from './registry.js';
export { docsPath, type Rule } from './rule.js';
export { LineIndex, type Point } from './text.js';
export * from './types.js';
