/**
 * Word lists with prefix patterns: `["airline", "crypto*"]` matches "airline"
 * and every word starting with "crypto"; `*ed` every word of at least five
 * letters ending in "ed" (a suffix: past participles, "diverted"); `#`
 * matches a number, written in digits ("34", "2.4") or as a word ("three",
 * "twenty"); `#y` a year ("1998", "2024").
 */

const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
  'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'dozen', 'dozens', 'several', 'few',
]);

/** True when a lower-case token is a number in digits or a number word ("two", "twenty-five"). */
export function isNumberWord(word: string): boolean {
  if (/^\d[\d.,]*$/.test(word)) return true;
  return word.split('-').every((part) => NUMBER_WORDS.has(part));
}

/** Matches lower-case words against a list of words, `prefix*` and `*suffix` patterns, `#` (any number) and `#y` (a year). */
export class WordMatcher {
  private readonly exact = new Set<string>();
  private readonly prefixes: string[] = [];
  private readonly suffixes: string[] = [];
  private readonly numbers: boolean = false;
  private readonly years: boolean = false;

  constructor(patterns: readonly string[]) {
    for (const pattern of patterns) {
      const lower = pattern.toLowerCase();
      if (lower === '#') this.numbers = true;
      else if (lower === '#y') this.years = true;
      else if (lower.endsWith('*')) this.prefixes.push(lower.slice(0, -1));
      else if (lower.startsWith('*') && lower.length > 1) this.suffixes.push(lower.slice(1));
      else this.exact.add(lower);
    }
  }

  /** True when the lower-case word is listed, starts with a listed prefix or ends with a listed suffix, or is a number and `#` is listed. */
  has(word: string): boolean {
    if (this.exact.has(word)) return true;
    for (const prefix of this.prefixes) if (word.startsWith(prefix)) return true;
    for (const suffix of this.suffixes) if (word.length >= 5 && word.endsWith(suffix) && /^[a-z]/.test(word)) return true;
    if (this.years && /^(?:1[89]|20)\d\d$/.test(word)) return true;
    return this.numbers && isNumberWord(word);
  }
}
