/**
 * The entities a host shows: people, organisations and places from the
 * extractor, with the team's canonical spellings applied, plus the
 * document's figures and dates.
 */
import type { Config } from '../config.js';
import { dates, figures } from '../figures.js';
import type { Doc } from '../parse.js';
import type { Entity } from '../types.js';
import { extractEntities } from './extract.js';
import { nameKey } from './shape.js';

export { extractEntities, type EntityRecord, type Extraction, type Mention } from './extract.js';
export { nameKey } from './shape.js';

/** Canonical spellings by name key, from `copydesk.names` (variants listed there map too). */
export function canonicalNames(config: Config): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of config.names) {
    out.set(nameKey(entry.canonical), entry.canonical);
    for (const variant of entry.variants) out.set(nameKey(variant), entry.canonical);
  }
  return out;
}

/** The document's entities in the order they first appear, for the sidebar and the JSON output. */
export function documentEntities(doc: Doc, config: Config): Entity[] {
  const { entities, mentions } = extractEntities(doc);
  const canonical = canonicalNames(config);
  const out: (Entity & { first: number })[] = [];
  for (const entity of entities) {
    const spans = entity.mentions.map((m) => mentions[m]!);
    if (!spans.length) continue;
    const name = canonical.get(entity.key) ?? entity.name;
    const variants = [...entity.spellings.keys()].filter((s) => s !== name);
    out.push({
      kind: entity.kind,
      name,
      variants,
      mentions: spans.map(({ start, end }) => ({ start, end })),
      ...(entity.titles.length ? { titles: entity.titles } : {}),
      first: spans[0]!.start,
    });
  }
  for (const figure of figures(doc)) {
    out.push({ kind: 'figure', name: figure.text, variants: [], mentions: [{ start: figure.start, end: figure.end }], ...(figure.unit ? { titles: [figure.unit] } : {}), first: figure.start });
  }
  const byDate = new Map<string, Entity & { first: number }>();
  for (const date of dates(doc)) {
    const key = date.text.toLowerCase().replace(/['’]s$/, '');
    const known = byDate.get(key);
    if (known) known.mentions.push({ start: date.start, end: date.end });
    else {
      const entity = { kind: 'date' as const, name: date.text.replace(/['’]s$/, ''), variants: [], mentions: [{ start: date.start, end: date.end }], first: date.start };
      byDate.set(key, entity);
      out.push(entity);
    }
  }
  return out.sort((a, b) => a.first - b.first).map(({ first: _first, ...entity }) => entity);
}
