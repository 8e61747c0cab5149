/**
 * conflicting-titles — "Maciej Stadejek, director of security and defense"
 * … "Maciej Stadejek, director of international security … for the Ministry
 * of Foreign Affairs of South Korea".
 *
 * Flags a person given incompatible roles in one document: two appositions
 * with the same role word ("director") whose words do not contain each
 * other (different departments or organisations). Machine translation
 * garbles appositions, and a person's title is one of the facts an editor
 * must get right.
 *
 * Deliberately not flagged:
 * - a shorter form of the same role ("the President" and "President of
 *   South Korea"; "director of security and defense" and "director of the
 *   security and defense policy");
 * - former roles ("a former prosecutor") and honorifics ("Ms.");
 * - different role words, which one person can hold together ("Judge Smith",
 *   "the committee's chairman"), and titles before a name ("Chairman
 *   Khrushchev", "Premier Khrushchev").
 */
import { extractEntities } from '../entities/index.js';
import { roleHead } from '../entities/shape.js';
import type { Rule } from '../rule.js';

const IGNORED = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'to', 'in', 'on', 'at', 'its', 'his', 'her', 'their', 's', 'mr', 'mrs', 'ms', 'dr']);
const FORMER = /\b(?:former|ex|then|late|retired|onetime|one-time|erstwhile|outgoing)\b/i;

function words(role: string): Set<string> {
  return new Set(
    role
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && !IGNORED.has(w)),
  );
}

function contains(a: Set<string>, b: Set<string>): boolean {
  for (const w of b) if (!a.has(w)) return false;
  return true;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export const conflictingTitles: Rule = {
  id: 'conflicting-titles',
  category: 'consistency',
  severity: 'warning',
  safeFix: false,
  description: 'One person given incompatible titles or organisations in the same document',
  check(doc, report) {
    const { entities, mentions } = extractEntities(doc);
    for (const entity of entities) {
      if (entity.kind !== 'person') continue;
      // Roles in apposition (", director of …"): a title before a name is too short to judge.
      const titled = entity.mentions.map((m) => mentions[m]!).filter((m) => m.role && !FORMER.test(m.role));
      const seen: { title: string; head: string | undefined; words: Set<string> }[] = [];
      for (const mention of titled) {
        const role = mention.role!;
        const mine = words(role);
        const head = roleHead(role);
        // The same role word with different complements: "director of security" vs "director of international security …".
        // Different role words (judge and chairman) may both be true.
        const conflict = seen.find((s) => s.head === head && !contains(s.words, mine) && !contains(mine, s.words));
        if (conflict) {
          const start = doc.text.indexOf(role, mention.end);
          const at = start >= 0 && start - mention.end < 8 ? { start, end: start + role.length } : { start: mention.start, end: mention.end };
          report({
            ...at,
            message: `${entity.name} is called \`${clip(role)}\` here but \`${clip(conflict.title)}\` earlier; check which title is right`,
            note: 'A person should keep one title in an article; different roles or organisations for the same person usually mean a garbled apposition or a wrong name.',
            data: { person: entity.name, titles: [conflict.title, role] },
          });
        }
        if (!seen.some((s) => s.title === role)) seen.push({ title: role, head, words: mine });
      }
    }
  },
};
