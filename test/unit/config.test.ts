import { describe, expect, test } from 'vitest';
import { defaultConfig, readConfig, RULE_IDS } from '../../src/core/index.js';

describe('readConfig', () => {
  test('reads flat settings.json keys and nested API objects alike', () => {
    const flat = readConfig({ 'copydesk.rules': { 'repeated-word': 'error' }, 'copydesk.ignore': ['Lazarus'], 'editor.fontSize': 14 }, RULE_IDS);
    const nested = readConfig({ rules: { 'repeated-word': 'error' }, ignore: ['Lazarus'] }, RULE_IDS);
    expect(flat).toEqual(nested);
    expect(flat.warning).toBeUndefined();
    expect(flat.config.rules).toEqual({ 'repeated-word': 'error' });
    expect(flat.config.ignore).toEqual(['Lazarus']);
  });

  test('wrong types and unknown keys fall back to defaults with one warning', () => {
    const { config, warning } = readConfig(
      {
        'copydesk.rules': { 'no-such-rule': 'error', 'repeated-word': 'loud' },
        'copydesk.ignore': 'Lazarus',
        'copydesk.maxFileSize': -1,
        'copydesk.glossary': { flight: { replace: 'theft', domains: ['space'] }, fine: 'ok' },
        'copydesk.colour': 'red',
      },
      RULE_IDS,
    );
    expect(config).toEqual({ ...defaultConfig(), glossary: [{ wrong: 'fine', right: ['ok'], domains: [] }] });
    expect(warning).toBe(
      'Copydesk ignored invalid settings and used the defaults for: copydesk.rules.no-such-rule (unknown rule); copydesk.rules.repeated-word (expected off, hint, information, warning or error); copydesk.ignore (expected a list of strings); copydesk.maxFileSize (expected a number of characters, at least 1000); copydesk.glossary.flight.domains (expected a list of aviation, business, crime, crypto, culture, cyber, diplomacy, disaster, education, finance, food, health, labour, military, politics, sport, technology, transport, weather); copydesk.colour (unknown setting).',
    );
  });

  test('non-object settings never throw', () => {
    for (const raw of [null, undefined, 42, 'x', [1, 2]]) expect(() => readConfig(raw, RULE_IDS)).not.toThrow();
    expect(readConfig('x', RULE_IDS).config).toEqual(defaultConfig());
  });

  test('names accept a map of variants or a plain list', () => {
    expect(readConfig({ names: { 'Yoon Suk Yeol': ['Yoon Suk-yeol'] } }, RULE_IDS).config.names).toEqual([{ canonical: 'Yoon Suk Yeol', variants: ['Yoon Suk-yeol'] }]);
    expect(readConfig({ names: ['Philip Goldberg'] }, RULE_IDS).config.names).toEqual([{ canonical: 'Philip Goldberg', variants: [] }]);
  });

  test('oversized lists are refused', () => {
    const { config, warning } = readConfig({ ignore: Array.from({ length: 10_001 }, (_, i) => `w${i}`) }, RULE_IDS);
    expect(config.ignore).toEqual([]);
    expect(warning).toContain('copydesk.ignore (more than 10000 entries)');
  });
});
