/**
 * Finds the paragraphs of a document that are web-page leftovers rather than
 * the article: widget labels ("Top Stories"), comment-form and newsletter
 * text ("You have 2000 characters left."), syndication footers ("The post …
 * appeared first on …"). A paragraph is furniture when it is one of the
 * known labels, a syndication footer, or addresses the reader with two or
 * more page cues ("please", "your", "comments", "email address").
 */
import { FURNITURE_CUES, FURNITURE_LINES } from './data/boilerplate.js';
import { memo, type Doc } from './parse.js';
import { escapeRegExp } from './text.js';

const LINES = new Set(FURNITURE_LINES);
const CUES = new RegExp(`(?<![\\p{L}])(?:${FURNITURE_CUES.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'giu');
const FOOTER = /\bappeared first on\s+\S.{0,80}$/i;
const TITLE_ECHO = /^(?:title|headline|source|photo|image|credit|tags|filed under|posted in|category)\s*:/i;

/** Why a paragraph is furniture, by paragraph index. */
export function boilerplate(doc: Doc): Map<number, string> {
  return memo(doc, 'boilerplate', () => {
    const out = new Map<number, string>();
    doc.paragraphs.forEach((paragraph, index) => {
      const text = doc.text.slice(paragraph.start, paragraph.end).trim();
      const bare = text.toLowerCase().replace(/[.:!?…]+$/, '').trim();
      if (LINES.has(bare)) out.set(index, 'a page label');
      else if (FOOTER.test(text.replace(/[.]$/, ''))) out.set(index, 'a syndication footer');
      else if (TITLE_ECHO.test(text) && text.length < 200) out.set(index, 'a page field');
      else {
        const cues = new Set((text.match(CUES) ?? []).map((c) => c.toLowerCase()));
        if (cues.size >= 2 && !/["“”]/.test(text)) out.set(index, 'text addressed to the page\'s reader');
      }
    });
    return out;
  });
}
