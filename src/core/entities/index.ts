/**
 * The entities a host shows: people, organisations and places from the
 * extractor, with the team's canonical spellings applied, plus the
 * document's figures and dates.
 */
import { attributions } from '../attribution.js';
import type { Config } from '../config.js';
import { dates, figures } from '../figures.js';
import type { Doc } from '../parse.js';
import type { Entity } from '../types.js';
import { extractEntities } from './extract.js';
import { nameKey } from './shape.js';

export { extractEntities, mentionAt, type EntityRecord, type Extraction, type Mention } from './extract.js';
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
  const attributed = attributions(doc, config);
  const out: (Entity & { first: number })[] = [];
  // What each source is quoted as saying: the quotation, or the attributed sentence, shortened.
  const claims = new Map<string, string[]>();
  attributed.forEach((a, s) => {
    if (!a.source || a.via === 'paragraph') return;
    const sentence = doc.sentences[s]!;
    const text = doc.text.slice(sentence.start, sentence.end);
    // The words attributed, without quotation marks or the "…, he said." clause.
    const claim = text
      .replace(/[,;]?\s*["”’]?\s*,?\s*(?:[\p{Lu}\p{Ll}.’'-]+\s+){0,6}(?:said|says|told|added|noted|declared|stressed|emphasi[sz]ed)\b[^"“”]*$/u, '')
      .replace(/^["“'‘\s]+|["”'’\s,]+$/g, '')
      .trim();
    if (claim.length < 12) return;
    const list = claims.get(a.source) ?? [];
    if (list.length < 5) list.push(claim.length > 140 ? `${claim.slice(0, 137)}…` : claim);
    claims.set(a.source, list);
  });
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
      ...(entity.kind === 'person' && claims.has(entity.name) ? { claims: claims.get(entity.name)! } : {}),
      first: spans[0]!.start,
    });
  }
  for (const figure of figures(doc)) {
    // Small counts ("two parties") are not figures a desk checks.
    if (figure.kind === 'count' && figure.value < 10) continue;
    const attribution = attributed[figure.sentence];
    out.push({
      kind: 'figure',
      name: figure.text,
      variants: [],
      mentions: [{ start: figure.start, end: figure.end }],
      ...(figure.unit ? { titles: [figure.unit] } : {}),
      source: attribution?.source ?? null,
      first: figure.start,
    });
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
