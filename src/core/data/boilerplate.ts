/**
 * Leftovers of the web page an article was copied from: navigation and
 * widget labels, comment-form and newsletter text, syndication footers.
 * Lower case. Source: written for Copydesk from the page furniture of news
 * sites (WordPress and CMS defaults, comment widgets, RSS footers).
 */

/** Whole short lines that are page furniture ("Top Stories", "Leave a Comment"). */
export const FURNITURE_LINES: readonly string[] = [
  'add comment', 'advertisement', 'all rights reserved', 'back to top', 'comments', 'continue reading', 'editor\'s picks', 'email', 'follow us',
  'latest news', 'leave a comment', 'leave a reply', 'load more', 'log in', 'more from', 'more stories', 'most popular', 'most read', 'next article',
  'photo gallery', 'popular posts', 'previous article', 'print', 'read more', 'read next', 'recommended', 'related', 'related articles',
  'related news', 'related posts', 'related stories', 'see also', 'share', 'share this', 'share this article', 'sign in', 'sign up', 'skip to content',
  'sponsored', 'subscribe', 'tags', 'top stories', 'trending', 'trending now', 'video', 'watch', 'you may also like',
];

/** Words and phrases that address the page's reader rather than tell the story. */
export const FURNITURE_CUES: readonly string[] = [
  'abusive', 'all rights reserved', 'appeared first on', 'characters left', 'click here', 'comment', 'comments', 'cookie', 'cookies', 'copyright',
  'defamatory', 'email address', 'e-mail address', 'follow us', 'kindly', 'log in', 'newsletter', 'obscene', 'own risk', 'please', 'privacy policy',
  'reproduction', 'sign up', 'subscribe', 'terms of use', 'unsubscribe', 'you have', 'your',
];
