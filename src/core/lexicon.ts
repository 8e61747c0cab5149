/**
 * Word lists with prefix patterns: `["airline", "crypto*"]` matches "airline"
 * and every word starting with "crypto".
 */

/** Matches lower-case words against a list of words and `prefix*` patterns. */
export class WordMatcher {
  private readonly exact = new Set<string>();
  private readonly prefixes: string[] = [];

  constructor(patterns: readonly string[]) {
    for (const pattern of patterns) {
      const lower = pattern.toLowerCase();
      if (lower.endsWith('*')) this.prefixes.push(lower.slice(0, -1));
      else this.exact.add(lower);
    }
  }

  /** True when the lower-case word is listed or starts with a listed prefix. */
  has(word: string): boolean {
    if (this.exact.has(word)) return true;
    for (const prefix of this.prefixes) if (word.startsWith(prefix)) return true;
    return false;
  }
}
