/**
 * stutter — "Ha allegedly alleged that…" → "Ha alleged that…"; "director of
 * international security of international security" → "director of
 * international security".
 *
 * Flags the echoes machine translation produces when it renders one source
 * word twice: an adverb next to the verb it was made from ("allegedly
 * alleged", "reportedly reported"), and a phrase of two to six words written
 * twice in a row, possibly joined by "of", "of the" or "and". The fix keeps
 * one copy.
 *
 * Deliberately not flagged:
 * - idiomatic doubles of one word ("more and more", "step by step",
 *   "again and again"): repeated-word and the idiom list handle single words;
 * - repetition as a figure of speech, set off by punctuation or left open by
 *   a conjunction: "Sure, sure,", "Hark, Hark,", "years and years and";
 * - an adverb and a different verb that share only a root ("finally
 *   finished").
 */
import type { Rule } from '../rule.js';
import { sentenceView } from '../scan.js';

const JOINERS = [[], ['of'], ['of', 'the'], ['and'], ['and', 'the']];

/** A phrase ending in one of these is a rhetorical repetition ("years and years and", "again, and again, and"). */
const OPEN_ENDS = new Set(['and', 'or', 'but', 'nor']);

/** The stem an -ly adverb is made from: "allegedly" → "alleged", "reportedly" → "reported". */
function adverbStem(word: string): string | undefined {
  if (!word.endsWith('ly') || word.length < 7) return undefined;
  return word.slice(0, -2);
}

export const stutter: Rule = {
  id: 'stutter',
  category: 'mistranslation',
  severity: 'warning',
  safeFix: true,
  description: 'A word or phrase echoed by machine translation ("allegedly alleged", "of international security of international security")',
  check(doc, report) {
    doc.sentences.forEach((_, s) => {
      const view = sentenceView(doc, s);
      const words = view.lower;
      for (let k = 0; k + 1 < words.length; k++) {
        // "allegedly alleged": an adverb right before the verb it was made from.
        const stem = adverbStem(words[k]!);
        const next = words[k + 1]!;
        if (stem && view.tokens[k + 1]!.kind === 'word' && !next.endsWith('ly') && next.length >= 5 && (next === stem || next.startsWith(stem.slice(0, Math.max(5, stem.length - 2))))) {
          const start = view.tokens[k]!.start;
          const end = view.tokens[k + 1]!.end;
          report({
            start,
            end,
            message: `Unexpected \`${doc.text.slice(start, end)}\`: the adverb repeats its verb; expected \`${view.tokens[k + 1]!.text}\``,
            note: 'Machine translation sometimes renders one source word twice, as an adverb and as a verb.',
            suggestions: [view.tokens[k + 1]!.text],
          });
          k++;
          continue;
        }
        // A phrase of 2–6 tokens written twice, maybe joined by "of (the)" or "and".
        for (let n = Math.min(6, Math.floor((words.length - k) / 2)); n >= 2; n--) {
          const phrase = words.slice(k, k + n);
          if (view.tokens[k]!.kind !== 'word' || !view.tokens.slice(k, k + n).some((t) => t.kind === 'word' && t.text.length > 3)) continue;
          // Repetition set off by punctuation or left open by a conjunction is a figure of speech: "Sure, sure,", "Quick -- Quick".
          if (view.tokens.slice(k, k + n).some((t) => t.kind !== 'word') || OPEN_ENDS.has(phrase[n - 1]!)) continue;
          const joiner = JOINERS.find((j) => j.every((w, i) => words[k + n + i] === w) && phrase.every((w, i) => words[k + n + j.length + i] === w));
          if (!joiner) continue;
          // "of community and of community responsibility": a coordinated copy that goes on is a longer phrase.
          const after = view.tokens[k + 2 * n + joiner.length];
          if ((joiner[0] === 'and' || joiner[0] === ',') && after && (after.kind === 'word' || /^['’]/.test(after.text))) continue;
          // "the Giants and the Giants' Willie Mays": a possessive copy introduces something else.
          if (/^['’]/.test(doc.text.charAt(view.tokens[k + 2 * n + joiner.length - 1]!.end))) continue;
          const start = view.tokens[k]!.start;
          const firstEnd = view.tokens[k + n - 1]!.end;
          const end = view.tokens[k + 2 * n + joiner.length - 1]!.end;
          const kept = doc.text.slice(start, firstEnd);
          report({
            start,
            end,
            message: `Unexpected repeated phrase \`${doc.text.slice(start, end)}\`, expected \`${kept}\``,
            note: 'A phrase written twice in a row is a translation or editing echo.',
            suggestions: [kept],
          });
          k += 2 * n + joiner.length - 1;
          break;
        }
      }
    });
  },
};
