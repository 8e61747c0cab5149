/**
 * name-variants — "Yoon Suk-yeol" in one article, "Yoon Suk Yeol" in another.
 *
 * Flags a person, organisation or place spelled two ways, within a document
 * or across the documents checked together (a workspace, or the files given
 * to the CLI at once). Spellings fall together under a normalised key: case,
 * hyphens, spaces, full stops and diacritics folded, honorifics removed. The
 * minority spellings are flagged, with the majority spelling as the fix; a
 * canonical spelling in `copydesk.names` wins over the majority.
 *
 * Also flagged, for review only (information, no preferred fix):
 * - long names one edit or one doubled letter apart ("Korea Jongang Daily"
 *   against "Korea JoongAng Daily");
 * - a surname written in capitals in one place and not in another
 *   ("HA Tae-Keung" … "Ha"), the French press convention carried over;
 * - a surname alone one doubled letter or one edit from the family name of
 *   a full name in the article ("Volodymyr Zelensky" … "Zelenskyy").
 *
 * A surname alone spelled with other accents, hyphens or case than the full
 * name ("Recep Tayyip Erdoğan" … "Erdogan") is flagged like any variant.
 *
 * Deliberately not flagged:
 * - different people who share a family name ("Lee Sang-min", "Lee Jon-young"):
 *   their keys differ by more than one edit;
 * - a surname alone ("Goldberg" for "Philip Goldberg") or a title alone
 *   ("the President"): those are references, not spellings.
 */
import { KNOWN_ORGANIZATIONS } from '../data/gazetteer.js';
import { canonicalNames, extractEntities, nameKey, type Mention } from '../entities/index.js';
import type { Doc } from '../parse.js';
import type { Report, Rule } from '../rule.js';
import { editDistance, fold, isAllCaps } from '../text.js';
import { isTitle } from '../entities/shape.js';

interface Occurrence {
  doc: number;
  mention: Mention;
  /** The spelling without honorifics ("Mrs. Kennedy" → "Kennedy"). */
  spelling: string;
  key: string;
}

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Sir|Dame)\.?\s+/;

/** "Prince Souvanna Phouma" → "Souvanna Phouma". */
function stripTitles(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && isTitle(words[0]!)) words.shift();
  return words.join(' ');
}

/** The spelling with full stops and spaces between initials removed: "U. S." and "U.S." → "US". */
function styleKey(spelling: string): string {
  return spelling.replace(/\.\s*/g, '').replace(/\s+/g, ' ');
}

/** Spellings that differ only by a final full stop are the same ("Corp." at the end of a sentence). */
function sameSpelling(a: string, b: string): boolean {
  return a.replace(/\.$/, '') === b.replace(/\.$/, '');
}

export const nameVariants: Rule = {
  id: 'name-variants',
  category: 'consistency',
  severity: 'warning',
  safeFix: true,
  description: 'A person, organisation or place spelled two ways, within a document or across the documents checked together',
  checkAll(docs, report, { config }) {
    const occurrences = collect(docs);
    const canonical = canonicalNames(config);
    const byKey = new Map<string, Occurrence[]>();
    for (const o of occurrences) {
      const group = byKey.get(o.key);
      if (group) group.push(o);
      else byKey.set(o.key, [o]);
    }

    for (const [key, group] of byKey) {
      const configured = canonical.get(key);
      const spellings = new Set(group.map((o) => o.spelling.replace(/\.$/, '')));
      if (spellings.size < 2 && (!configured || spellings.has(configured.replace(/\.$/, '')))) continue;
      for (const o of group) {
        if (configured && sameSpelling(o.spelling, configured)) continue;
        // "U.S." against "U. S." is house style, and short names ("GA", "Ga.") are often different words:
        // both are compared inside one article only, not across articles from different feeds.
        const local = !configured && (group.some((g) => g.spelling !== o.spelling && styleKey(g.spelling) === styleKey(o.spelling)) || key.length <= 3);
        const peers = group.filter((g) => !local || (g.doc === o.doc && (key.length <= 3 || styleKey(g.spelling) === styleKey(o.spelling))));
        const expected = configured ?? majority(peers);
        if (sameSpelling(o.spelling, expected)) continue;
        const elsewhere = peers.filter((g) => sameSpelling(g.spelling, expected));
        if (!elsewhere.length && !configured) continue;
        const where = configured ? 'the canonical spelling in copydesk.names' : describe(docs, o.doc, elsewhere);
        report(o.doc, {
          ...span(o),
          message: `Unexpected \`${o.spelling}\`, expected \`${expected}\` (${where})`,
          note: 'A name should be spelled one way throughout; these spellings differ only in case, hyphens, spaces, full stops or accents.',
          suggestions: [expected],
          data: { canonical: expected, key, count: elsewhere.length, configured: !!configured },
        });
      }
    }
    reportNearMisses(byKey, canonical, report);
    reportSurnameCase(docs, report);
    reportSurnameSpelling(docs, report);
  },
};

/** The most used spelling, the first seen on a tie. */
function majority(group: Occurrence[]): string {
  const counts = new Map<string, number>();
  for (const o of group) counts.set(o.spelling, (counts.get(o.spelling) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

/** Full-name mentions of people, organisations and places in every document. */
function collect(docs: Doc[]): Occurrence[] {
  const out: Occurrence[] = [];
  docs.forEach((doc, index) => {
    for (const mention of extractEntities(doc).mentions) {
      if (mention.via !== 'name' && mention.via !== 'acronym') continue;
      // Compare names without titles; a final full stop may belong to the sentence ("Jr." / "Jr").
      const spelling = stripTitles(mention.text);
      const key = nameKey(spelling);
      if (key.length >= 2) out.push({ doc: index, mention, spelling, key });
    }
  });
  return out;
}

function span(o: Occurrence): { start: number; end: number } {
  return { start: o.mention.end - o.spelling.length, end: o.mention.end };
}

function describe(docs: Doc[], doc: number, others: Occurrence[]): string {
  const here = others.filter((o) => o.doc === doc).length;
  const away = new Map<number, number>();
  for (const o of others) if (o.doc !== doc) away.set(o.doc, (away.get(o.doc) ?? 0) + 1);
  const parts: string[] = [];
  if (here) parts.push(`${here} mention${here === 1 ? '' : 's'} in this document`);
  for (const [d, n] of away) parts.push(`${n} mention${n === 1 ? '' : 's'} in ${basename(docs[d]!.uri)}`);
  return parts.join(', ');
}

function basename(uri: string): string {
  return uri.slice(Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('\\')) + 1);
}

/** Doubled letters collapsed: "joongang" → "jongang". */
function undoubled(key: string): string {
  return key.replace(/(.)\1+/g, '$1');
}

/** Long names one edit apart, or equal but for a doubled letter, across everything checked and known organisations. */
function reportNearMisses(byKey: Map<string, Occurrence[]>, canonical: Map<string, string>, report: (doc: number, finding: Report) => void): void {
  const references = new Map<string, { spelling: string; count: number; known: boolean }>();
  for (const [key, group] of byKey) references.set(key, { spelling: group[0]!.spelling, count: group.length, known: false });
  for (const name of [...KNOWN_ORGANIZATIONS, ...canonical.values()]) {
    const key = nameKey(name);
    if (!references.has(key)) references.set(key, { spelling: name, count: 0, known: true });
    else references.get(key)!.known = true;
  }
  // Candidates one edit apart share a one-deletion variant (symmetric delete); doubled letters
  // ("jongang"/"joongang") share their undoubled form. Both are looked up in indexes, not by
  // comparing every pair, so a workspace of thousands of names stays fast.
  const byDeletion = new Map<string, string[]>();
  const byUndoubled = new Map<string, string[]>();
  const index = (map: Map<string, string[]>, variant: string, key: string): void => {
    const list = map.get(variant);
    if (list) list.push(key);
    else map.set(variant, [key]);
  };
  for (const key of references.keys()) {
    if (key.length < 8) continue;
    index(byUndoubled, undoubled(key), key);
    index(byDeletion, key, key);
    for (let i = 0; i < key.length; i++) index(byDeletion, key.slice(0, i) + key.slice(i + 1), key);
  }
  const kindOf = (k: string): string | undefined => byKey.get(k)?.[0]?.mention.kind;
  for (const [key, group] of byKey) {
    if (key.length < 8 || references.get(key)!.known) continue;
    const candidates = new Set<string>(byUndoubled.get(undoubled(key)) ?? []);
    for (const variant of [key, ...Array.from(key, (_, i) => key.slice(0, i) + key.slice(i + 1))]) for (const other of byDeletion.get(variant) ?? []) candidates.add(other);
    candidates.delete(key);
    for (const other of candidates) {
      const ref = references.get(other)!;
      if (kindOf(other) && kindOf(other) !== kindOf(key)) continue;
      // Flag the rarer spelling only; of two used equally, the later (the first mention sets the article's spelling).
      if (!ref.known && (ref.count < group.length || (ref.count === group.length && !precedes(byKey.get(other)!, group)))) continue;
      if (undoubled(key) !== undoubled(other) && editDistance(key, other, 1) > 1) continue;
      const spelling = group[0]!.spelling;
      // Multi-word names only; an added initial ("Richard M. Nixon") or a plural ("Yankees") is no misspelling.
      if (!spelling.includes(' ') || !ref.spelling.includes(' ') || onlyInitialOrPlural(spelling, ref.spelling)) continue;
      // One letter apart is common between different people with short names: only long person names are compared.
      if (group[0]!.mention.kind === 'person' && Math.min(key.length, other.length) < 10) continue;
      for (const o of group) {
        report(o.doc, {
          ...span(o),
          message: `\`${o.spelling}\` looks like a misspelling of \`${ref.spelling}\` (${ref.known ? 'a known name' : `${ref.count} mention${ref.count === 1 ? '' : 's'}`}); check which is right`,
          note: 'The two spellings are one letter apart. Different people can have names this close, so this is for review and the fix is never applied automatically.',
          suggestions: [ref.spelling],
          safe: false,
          severity: 'information',
          data: { canonical: ref.spelling, review: true },
        });
      }
      break;
    }
  }
}

/** True when group a is first used before group b (in an earlier document, or earlier in the same one). */
function precedes(a: Occurrence[], b: Occurrence[]): boolean {
  const first = (g: Occurrence[]): Occurrence => g.reduce((x, y) => (y.doc < x.doc || (y.doc === x.doc && y.mention.start < x.mention.start) ? y : x));
  const [x, y] = [first(a), first(b)];
  return x.doc < y.doc || (x.doc === y.doc && x.mention.start < y.mention.start);
}

/** True when two names differ only by a one-letter initial or a final "s". */
function onlyInitialOrPlural(a: string, b: string): boolean {
  const words = (s: string): string[] => s.toLowerCase().split(/[\s.]+/).filter((w) => w.length > 1);
  const x = words(a).join(' ');
  const y = words(b).join(' ');
  return x === y || `${x}s` === y || x === `${y}s`;
}

/**
 * "Recep Tayyip Erdoğan" then "Erdogan", "Volodymyr Zelensky" then
 * "Zelenskyy": a surname alone spelled otherwise than the family name of a
 * full name in the same article. Same letters but for accents, hyphens or
 * case: a variant, with the full name's spelling as the fix. One doubled
 * letter or one edit apart (names of seven letters or more): for review.
 */
function reportSurnameSpelling(docs: Doc[], report: (doc: number, finding: Report) => void): void {
  docs.forEach((doc, index) => {
    const { mentions } = extractEntities(doc);
    const families = new Set<string>();
    for (const m of mentions) {
      if (m.kind !== 'person' || m.via !== 'name') continue;
      const words = stripTitles(m.text.replace(HONORIFIC, '')).split(/\s+/);
      const family = words[words.length - 1]!;
      if (words.length >= 2 && family.length >= 4 && !isAllCaps(family)) families.add(family);
    }
    if (!families.size) return;
    for (const m of mentions) {
      if (m.kind !== 'person' || m.text.includes(' ')) continue;
      const alone = m.text.replace(/['’]s$/, '');
      if (families.has(alone) || isAllCaps(alone) || alone.length < 4) continue;
      const key = nameKey(alone);
      for (const family of families) {
        // "the Kochaneks" is the family, not a misspelling of "Kochanek".
        if (alone === `${family}s` || alone === `${family}es`) continue;
        const other = nameKey(family);
        const same = other === key;
        const near = !same && Math.min(key.length, other.length) >= 7 && (undoubled(key) === undoubled(other) || editDistance(key, other, 1) <= 1);
        if (!same && !near) continue;
        report(index, {
          start: m.start,
          end: m.start + alone.length,
          message: same ? `Unexpected \`${alone}\`, expected \`${family}\`: the full name spells it so` : `\`${alone}\` looks like a misspelling of \`${family}\`, the family name of a full name in this article; check which is right`,
          note: same ? 'A name should be spelled one way throughout; these spellings differ only in case, hyphens or accents.' : 'The two spellings are one letter apart. Transliterations vary, but one article should use one.',
          suggestions: [family],
          ...(same ? {} : { safe: false, severity: 'information' as const }),
          data: { canonical: family, ...(same ? {} : { review: true }) },
        });
        break;
      }
    }
  });
}

/** "HA Tae-Keung" then "Ha": a family name in capitals in one mention and not in another. */
function reportSurnameCase(docs: Doc[], report: (doc: number, finding: Report) => void): void {
  docs.forEach((doc, index) => {
    const { entities, mentions } = extractEntities(doc);
    for (const entity of entities) {
      if (entity.kind !== 'person') continue;
      const own = entity.mentions.map((m) => mentions[m]!);
      const surnames = own.filter((m) => m.via === 'surname').map((m) => m.text.replace(HONORIFIC, ''));
      for (const m of own) {
        if (m.via !== 'name') continue;
        const words = m.text.replace(HONORIFIC, '').split(/\s+/);
        const shouted = words.findIndex((w) => isAllCaps(w) && w.length >= 2 && w.length <= 5 && !w.includes('.'));
        if (shouted < 0) continue;
        const plain = words[shouted]!.charAt(0) + words[shouted]!.slice(1).toLowerCase();
        if (!surnames.some((s) => fold(s) === fold(plain) && s !== words[shouted])) continue;
        const fixed = words.map((w, i) => (i === shouted ? plain : w)).join(' ');
        report(index, {
          start: m.end - words.join(' ').length,
          end: m.end,
          message: `Unexpected \`${words.join(' ')}\`, expected \`${fixed}\`: the family name is written \`${plain}\` elsewhere`,
          note: 'French and some other press styles write family names in capitals; English writes them in title case.',
          suggestions: [fixed],
        });
      }
    }
  });
}
