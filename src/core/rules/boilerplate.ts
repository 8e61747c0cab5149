/**
 * boilerplate — "Leave a Comment", "You have 2000 characters left.",
 * "The post … appeared first on Cryptonews."
 *
 * Flags paragraphs that are leftovers of the web page the article was
 * copied from (see `boilerplate.ts` in the core). The fix deletes the
 * paragraph; it is offered for review, not applied with the safe fixes.
 *
 * Deliberately not flagged:
 * - quotations that happen to address someone ("Please help us," she said);
 * - one cue alone in a sentence of the story ("your tax return").
 */
import { boilerplate } from '../boilerplate.js';
import type { Rule } from '../rule.js';

export const boilerplateRule: Rule = {
  id: 'boilerplate',
  category: 'cleanup',
  severity: 'warning',
  safeFix: false,
  description: 'Leftover web-page text: widget labels, comment forms, syndication footers',
  check(doc, report) {
    for (const [index, why] of boilerplate(doc)) {
      const paragraph = doc.paragraphs[index]!;
      // Delete through the line break that follows, so no blank line is left behind.
      const after = /^(?:\r\n|\n|\r)?/.exec(doc.text.slice(paragraph.end))![0].length;
      const text = doc.text.slice(paragraph.start, paragraph.end);
      report({
        start: paragraph.start,
        end: paragraph.end,
        message: `Unexpected web-page text \`${text.length > 50 ? `${text.slice(0, 47)}…` : text}\`: ${why}, not part of the article`,
        note: 'Copying an article from a web page brings along its labels, comment forms and footers; they must not be published.',
        fixes: [{ title: 'Delete this web-page text', edits: [{ start: paragraph.start, end: paragraph.end + after, text: '' }] }],
      });
    }
  },
};
