/**
 * Project invariants: the core stays pure, the generated manifest and docs
 * match the rule registry, and every rule is documented and tested.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CATEGORIES, RULES, SEVERITIES } from '../../src/core/index.js';

const root = resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('project', () => {
  test('src/core imports neither vscode nor Node built-ins', () => {
    const offenders: string[] = [];
    for (const file of sources(join(root, 'src/core'))) {
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
        if (spec === 'vscode' || spec!.startsWith('node:') || ['fs', 'path', 'os', 'child_process', 'url', 'util', 'crypto', 'buffer', 'stream'].includes(spec!)) offenders.push(`${file}: ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  test('package.json settings schema and docs/rules.md are generated from the registry', () => {
    // Fails when a rule is added or changed without `npm run generate`.
    expect(() => execFileSync(process.execPath, ['scripts/generate.mjs', '--check'], { cwd: root, stdio: 'pipe' })).not.toThrow();
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.contributes.configuration.properties['copydesk.rules'].properties)).toEqual(RULES.map((r) => r.id));
  });

  test('every rule has a kebab-case id matching its file, a category, a severity, a description and a test', () => {
    const ids = new Set<string>();
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(ids.has(rule.id), `duplicate id ${rule.id}`).toBe(false);
      ids.add(rule.id);
      expect(existsSync(join(root, 'src/core/rules', `${rule.id}.ts`)), `src/core/rules/${rule.id}.ts`).toBe(true);
      expect(existsSync(join(root, 'test/unit/rules', `${rule.id}.test.ts`)), `test/unit/rules/${rule.id}.test.ts`).toBe(true);
      expect(CATEGORIES).toContain(rule.category);
      expect(SEVERITIES).toContain(rule.severity);
      expect(rule.description.length).toBeGreaterThan(10);
    }
  });
});
