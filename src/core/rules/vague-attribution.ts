/**
 * vague-attribution — "Some estimates put the extent of cybercrime in excess
 * of the total market value of the illicit drug economy."
 *
 * Flags a claim that leans on a stand-in for a source — "some estimates",
 * "experts say", "it is believed", "reportedly", "according to unnamed
 * sources" — in a sentence that names no one, with or without figures.
 * CoNLL-2010's weasel-word cues are the model; a named source anywhere in the
 * sentence settles it.
 *
 * Deliberately not flagged:
 * - vague words next to a named source: "experts at the ITU said";
 * - headlines;
 * - "allegedly" in court reporting that names the accuser.
 */
import { attributions } from '../attribution.js';
import type { Rule } from '../rule.js';

export const vagueAttribution: Rule = {
  id: 'vague-attribution',
  category: 'sourcing',
  severity: 'warning',
  safeFix: false,
  description: 'A claim that leans on "some estimates", "experts say" or "reportedly" with no named source',
  check(doc, report, { config }) {
    attributions(doc, config).forEach((attribution, s) => {
      if (attribution.source || doc.paragraphs[doc.sentences[s]!.paragraph]!.heading) return;
      for (const cue of attribution.vague) {
        report({
          start: cue.start,
          end: cue.end,
          message: `Vague attribution \`${cue.text}\`: the claim names no source`,
          note: 'Readers cannot weigh a claim whose source is "estimates", "experts" or "reports"; name who says so, or cut the claim.',
          data: { cue: cue.text },
        });
      }
    });
  },
};
