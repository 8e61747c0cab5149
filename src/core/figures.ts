/**
 * Finds the figures and dates of a document: money ("$ 540,000",
 * "734 million pounds Sterling"), percentages, counts ("more than 300
 * people"), rankings ("No. 1"), and dates ("Aug. 27", "21-23 September 2011",
 * "Tuesday", "since 2000"), each with its value, so rules can check sourcing,
 * conversions and date arithmetic, and the sidebar can list them.
 *
 * Not figures: years, ordinals ("25th edition"), numbers inside names
 * ("G20", "COVID-19"), identifiers ("No. 3 Road", "page 5"), times ("5 p.m.")
 * and ages ("Kim, 54,", "persons over 65").
 */
import { CURRENCIES, SCALES, type Currency } from './data/currencies.js';
import { isPluralNoun } from './dictionary.js';
import { memo, type Doc } from './parse.js';
import { scan } from './scan.js';
import type { Span } from './types.js';
import { escapeRegExp } from './text.js';

/** What a figure measures. */
export type FigureKind = 'money' | 'percent' | 'count' | 'rank';

/** A figure with its parsed value. */
export interface Figure extends Span {
  kind: FigureKind;
  /** The figure as written, qualifier included ("more than 300 people"). */
  text: string;
  /** The number with its scale applied (734 million → 734000000). */
  value: number;
  /** ISO code for money. */
  currency?: string;
  /** For money: the currency as written ("pounds Sterling", "$") and the number with its scale ("734 million"). */
  money?: { currency: string; quantity: string };
  /** What is counted ("people", "victims"), or "%" for percentages. */
  unit?: string;
  /** Offsets of the amount itself (without qualifier and unit), for fixes. */
  amount: Span;
  sentence: number;
}

/** A calendar reference with whatever parts the text gives. */
export interface DateMention extends Span {
  text: string;
  year?: number;
  /** 1–12. */
  month?: number;
  day?: number;
  /** 0 (Sunday) – 6 (Saturday). */
  weekday?: number;
  sentence: number;
}

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE_WORDS = 'thousand|million|billion|trillion|crores?|lakhs?';
const SCALE_SUFFIX = 'bn|mn|tn|m|k|b';
const QUALIFIER = String.raw`(?:(?:more|fewer|less|greater|higher|lower) than|over|under|nearly|almost|about|around|approximately|roughly|some|at least|at most|up to|as (?:many|much) as|an estimated|a total of|a record|close to|just over|just under)\s+`;

const bySymbol = new Map<string, Currency>();
const byWord = new Map<string, Currency>();
for (const currency of CURRENCIES) {
  for (const symbol of currency.symbols) if (!bySymbol.has(symbol)) bySymbol.set(symbol, currency);
  for (const word of currency.words) byWord.set(word.toLowerCase(), currency);
  bySymbol.set(currency.code, currency);
}
const alternatives = (items: Iterable<string>): string => [...items].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');

const MONEY_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}$])(${QUALIFIER})?(${alternatives(bySymbol.keys())})[ \u00A0]?(${NUM})(?:[ \u00A0](${SCALE_WORDS})|(${SCALE_SUFFIX}))?(?![\p{L}\p{N}])`,
  'giu',
);
const MONEY_AFTER = new RegExp(String.raw`(?<![\p{L}\p{N}.,$])(${QUALIFIER})?(${NUM})(?:[ \u00A0](${SCALE_WORDS}))?[ \u00A0](${alternatives(byWord.keys())})(?![\p{L}])`, 'giu');
const PERCENT = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(${QUALIFIER})?(${NUM})[ \u00A0]?(%|percent\b|per cent\b|percentage points?\b)`, 'giu');
const COUNT = new RegExp(String.raw`(?<![\p{L}\p{N}.,:/$€£¥₩-])(${QUALIFIER})?(${NUM})(?:[ \u00A0](${SCALE_WORDS}))?(?![\p{L}\p{N}%:]|[.,]\d|-\p{L})(?:[ \u00A0]+(?:of[ \u00A0]+)?([\p{L}][\p{L}-]*))?`, 'giu');
const SUPERLATIVE = '(?:largest|biggest|busiest|highest|lowest|smallest|best|worst|richest|poorest|fastest|slowest|oldest|newest|deadliest|most-[\\p{L}]+)';
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const RANK = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:No\.?[ \u00A0]?(\d{1,3})(?![\p{N}])|(\d{1,3})(?:st|nd|rd|th)[- ]${SUPERLATIVE}|(${ORDINAL_WORDS.join('|')})[- ]${SUPERLATIVE}|(?:ranked|ranks|ranking)[ \u00A0](\d{1,3})(?:st|nd|rd|th)?)(?![\p{L}])`,
  'giu',
);
/** Fractions of a whole used as statistics: "more than half of", "a quarter of homes". */
const FRACTIONS: Record<string, number> = { half: 50, 'a third': 33.3, 'one third': 33.3, 'one-third': 33.3, 'two-thirds': 66.7, 'two thirds': 66.7, 'a quarter': 25, 'one quarter': 25, 'one-quarter': 25, 'three-quarters': 75, 'three quarters': 75, 'a fifth': 20, 'one-fifth': 20, 'a tenth': 10 };
const FRACTION = new RegExp(String.raw`(?<![\p{L}])(${QUALIFIER})?(${Object.keys(FRACTIONS).join('|')})(?=[ \u00A0]+of\b)`, 'giu');

/** Words after a number that make it something other than a counted figure. */
const NOT_COUNTED = new Set([
  'a.m', 'am', 'p.m', 'pm', 'gmt', 'utc', 'kst', 'est', 'bst', 'cet', 'hours', 'hour', 'hrs', 'minutes', 'minute', 'seconds', 'second', 'days', 'day',
  'weeks', 'week', 'months', 'month', 'years', 'year', 'decades', 'decade', 'centuries', 'century', 'times', 'o\'clock', 'and', 'or', 'to', 'of', 'per',
  'p', 'pp', 'st', 'nd', 'rd', 'th',
]);
/** Numbers written as words (not "one": "one of the", "one day" are rarely figures). */
const NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozens: 24, hundreds: 200, thousands: 2000, millions: 2e6,
};
const WORD_COUNT = new RegExp(
  String.raw`(?<![\p{L}-])(${QUALIFIER})?(${Object.keys(NUMBER_WORDS).join('|')})(?:-(one|two|three|four|five|six|seven|eight|nine))?(?:[ \u00A0]+(thousand|million|billion))?[ \u00A0]+(?:of[ \u00A0]+)?(?:(?:the|their|its|these)[ \u00A0]+)?([\p{Ll}][\p{Ll}-]*)`,
  'giu',
);
const UNITS_DIGITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

/** Words after a number that cannot be what it counts: verbs, prepositions, conjunctions. */
const NOT_UNITS = new Set(['a', 'an', 'the', 'thanks', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'are', 'is', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'can', 'do', 'did', 'does', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as', 'than', 'that', 'which', 'who', 'but', 'if', 'when', 'while', 'after', 'before', 'since', 'into', 'over', 'under', 'against', 'between', 'among', 'out', 'up', 'down', 'off', 'so', 'because', 'also', 'each', 'more', 'less', 'percent']);
/** Units that make a count a length of time. */
export const DURATIONS: ReadonlySet<string> = new Set(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades']);
/** Words after which a bare number is an age ("persons over 65", "aged 25"). */
const AGE_BEFORE = /\b(?:aged|ages?|persons|people|those|adults|men|women|boys|girls|children|kids|youths|residents|citizens|patients|workers|voters|pensioners|seniors|retirees|drivers|users|anyone|everyone|someone|\p{Lu}\p{Ll}+(?:ans|ers|ons|ese|is))[ \u00A0]+$/iu;
/** Words before a number that make it an identifier. */
const IDENTIFIER_BEFORE = /(?:\b(?:no|nos|page|pages|p|pp|chapter|article|section|room|flight|route|highway|line|platform|gate|bus|channel|level|grade|phase|version|model|number|vol|volume|act|paragraph|clause|item|resolution|lot|unit|apt|suite|figure|fig|table|block|district|ward|zone|precinct|turn|lap|stage|hole|round|row|seat|pier|berth|terminal|exit|junction|kilometre|kilometer|mile|bay|box|court|tee|pitch|track|lane|runway|stand|door|floor|gallery|hall|bed|cell|wing|window)\.?[ \u00A0]*)$/i;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ALIASES: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
MONTHS.forEach((m, i) => (MONTH_ALIASES[m] = i + 1));
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?)`;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DATE_PATTERNS: RegExp[] = [
  // Aug. 27, 2024 · August 27 · June 27
  new RegExp(String.raw`(?<![\p{L}])(${MONTH})[ \u00A0](\d{1,2})(?:st|nd|rd|th)?(?:[-–](\d{1,2}))?(?:,?[ \u00A0](\d{4}))?(?![\p{N}])`, 'gu'),
  // 27 August 2024 · 21-23 September 2011
  new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th)?(?:[-–](\d{1,2}))?[ \u00A0](${MONTH})(?:,?[ \u00A0](\d{4}))?(?![\p{L}])`, 'gu'),
  // September 2011
  new RegExp(String.raw`(?<![\p{L}])(${MONTH})(?:,?[ \u00A0](\d{4}))(?![\p{N}])`, 'gu'),
  // Tuesday, Thursday's
  /(?<![\p{L}])(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:['’]s)?(?![\p{L}])/gu,
  // a month on its own, not "may"
  /(?<![\p{L}])(January|February|March|April|June|July|August|September|October|November|December)(?![\p{L}])/gu,
  // years: 1800–2099
  /(?<![\p{L}\p{N}$€£¥₩.,-])((?:18|19|20)\d{2})(?![\p{N}%]|[.,]\d)/gu,
];

/** The document's dates, in text order (memoised). */
export function dates(doc: Doc): DateMention[] {
  return memo(doc, 'dates', () => {
    const out: DateMention[] = [];
    const taken: Span[] = [];
    DATE_PATTERNS.forEach((pattern, index) => {
      scan(doc, pattern, (m, start) => {
        const span = { start, end: start + m[0].length };
        if (overlaps(taken, span)) return;
        const date: DateMention = { ...span, text: m[0], sentence: sentenceAt(doc, start) };
        if (index === 0) Object.assign(date, { month: monthOf(m[1]!), day: Number(m[2]), ...(m[4] ? { year: Number(m[4]) } : {}) });
        else if (index === 1) Object.assign(date, { day: Number(m[1]), month: monthOf(m[3]!), ...(m[4] ? { year: Number(m[4]) } : {}) });
        else if (index === 2) Object.assign(date, { month: monthOf(m[1]!), year: Number(m[2]) });
        else if (index === 3) {
          date.weekday = WEEKDAYS.indexOf(m[1]!.toLowerCase());
          date.text = m[1]!;
          date.end = start + m[1]!.length;
        } else if (index === 4) date.month = monthOf(m[1]!);
        else {
          // A four-digit number is a year unless it counts something ("2000 characters").
          const after = doc.text.slice(span.end, span.end + 20);
          const counted = /^[ \u00A0]+(\p{Ll}+s)\b/u.exec(after);
          if (counted && isPluralNoun(counted[1]!) && !/^(?:saw|marks?)$/.test(counted[1]!)) return;
          date.year = Number(m[1]);
        }
        if (date.day !== undefined && (date.day < 1 || date.day > 31)) return;
        taken.push(span);
        out.push(date);
      });
    });
    return out.sort((a, b) => a.start - b.start);
  });
}

/** The document's figures, in text order (memoised). */
export function figures(doc: Doc): Figure[] {
  return memo(doc, 'figures', () => {
    const out: Figure[] = [];
    const taken: Span[] = dates(doc).map((d) => ({ start: d.start, end: d.end }));
    const add = (figure: Omit<Figure, 'sentence'>): void => {
      if (overlaps(taken, figure.amount)) return;
      taken.push({ start: figure.start, end: figure.end });
      out.push({ ...figure, sentence: sentenceAt(doc, figure.start) });
    };
    scan(doc, MONEY_BEFORE, (m, start) => {
      const qualifier = m[1] ?? '';
      const currency = bySymbol.get(m[2]!) ?? bySymbol.get(m[2]!.toUpperCase());
      if (!currency) return;
      const amountStart = start + qualifier.length;
      const quantity = `${m[3]}${m[4] ? ` ${m[4]}` : (m[5] ?? '')}`;
      add({ kind: 'money', start, end: start + m[0].length, text: m[0], value: number(m[3]!) * scale(m[4] ?? m[5]), currency: currency.code, money: { currency: m[2]!, quantity }, amount: { start: amountStart, end: start + m[0].length } });
    });
    scan(doc, MONEY_AFTER, (m, start) => {
      const qualifier = m[1] ?? '';
      const currency = byWord.get(m[4]!.toLowerCase());
      if (!currency) return;
      // "200 pounds" after "weigh" is a weight, not money.
      if (/^pounds?$/i.test(m[4]!) && /\b(?:weigh\w*|heav\w*|lost|gained)\b[^.]{0,30}$/i.test(doc.text.slice(Math.max(0, start - 40), start))) return;
      // "won" after a number is the currency only when it is not a verb: "3 won" vs "the team that won".
      if (m[4]!.toLowerCase() === 'won' && /^[ \u00A0]+(?:the|a|an|by|in|on|at|against|over)\b/i.test(doc.text.slice(start + m[0].length, start + m[0].length + 10))) return;
      const amountStart = start + qualifier.length;
      const quantity = `${m[2]}${m[3] ? ` ${m[3]}` : ''}`;
      add({ kind: 'money', start, end: start + m[0].length, text: m[0], value: number(m[2]!) * scale(m[3]), currency: currency.code, money: { currency: m[4]!, quantity }, amount: { start: amountStart, end: start + m[0].length } });
    });
    scan(doc, PERCENT, (m, start) => {
      const qualifier = m[1] ?? '';
      add({ kind: 'percent', start, end: start + m[0].length, text: m[0], value: number(m[2]!), unit: '%', amount: { start: start + qualifier.length, end: start + m[0].length } });
    });
    scan(doc, RANK, (m, start) => {
      // "the No. 4 shirt": a number that names something, not a ranking.
      if (m[1] && /^[ \u00A0]+\p{Ll}/u.test(doc.text.slice(start + m[0].length, start + m[0].length + 3)) && !/^[ \u00A0]+(?:in|on|at|for|among|after|with|of)\b/.test(doc.text.slice(start + m[0].length, start + m[0].length + 8))) return;
      const value = m[3] ? ORDINAL_WORDS.indexOf(m[3].toLowerCase()) + 1 : Number(m[1] ?? m[2] ?? m[4]);
      add({ kind: 'rank', start, end: start + m[0].length, text: m[0], value, amount: { start, end: start + m[0].length } });
    });
    scan(doc, FRACTION, (m, start) => {
      const qualifier = m[1] ?? '';
      add({ kind: 'percent', start, end: start + m[0].length, text: m[0], value: FRACTIONS[m[2]!.toLowerCase()] ?? 0, unit: '%', amount: { start: start + qualifier.length, end: start + m[0].length } });
    });
    scan(doc, COUNT, (m, start) => {
      const qualifier = m[1] ?? '';
      const amountStart = start + qualifier.length;
      const amountEnd = amountStart + m[2]!.length + (m[3] ? m[3].length + 1 : 0);
      const next = m[4]?.toLowerCase();
      // The word after the number is its unit only when it can be a noun: "34 are" has no unit.
      const unit = next && !NOT_UNITS.has(next) ? next : undefined;
      const before = doc.text.slice(Math.max(0, amountStart - 24), amountStart);
      // "10 a.m.": a time (the letter before the full stop is no unit).
      if (/^[ \u00A0]*[ap]\.m\./i.test(doc.text.slice(amountEnd, amountEnd + 6))) return;
      // "about 169 years old": an age.
      if (unit && DURATIONS.has(unit) && /^[ \u00A0]+old\b/.test(doc.text.slice(start + m[0].length, start + m[0].length + 6))) return;
      // Durations are figures only as statistics: estimated ("about 30 years") or averaged ("the average delay was 14 minutes").
      if (unit && NOT_COUNTED.has(unit.replace(/\.$/, '')) && !(DURATIONS.has(unit) && (qualifier || /\baverag/i.test(doc.text.slice(doc.sentences[sentenceAt(doc, start)]!.start, start))))) return;
      // "Boeing 737", "Route 9", "Windows 11": a number that is part of a name.
      if (!qualifier && /\p{Lu}[\p{L}-]*[ \u00A0]$/u.test(before) && !/(?:^|[.!?]\s+)\p{Lu}[\p{L}-]*[ \u00A0]$/u.test(before)) return;
      if (!qualifier && IDENTIFIER_BEFORE.test(before)) return;
      // An age in apposition: "Kim, 54," or "…Stansbery, 39." or "Ervin Lang, then 28,".
      if (/[\p{L}.][ \u00A0]*,[ \u00A0]*(?:then[ \u00A0]+|now[ \u00A0]+)?$/u.test(before) && /^[ \u00A0]*(?:[,)]|\.(?:\s|$))/.test(doc.text.slice(amountEnd, amountEnd + 2)) && !unit) return;
      // An age as a threshold: "persons over 65", "people aged 18 to 24", "children under 12".
      if (!unit && !m[3] && AGE_BEFORE.test(doc.text.slice(Math.max(0, start - 24), start))) return;
      if (!unit && !qualifier && !m[3] && Number(m[2]!.replace(/,/g, '')) < 10) return; // bare small numbers: list items, scores
      const value = number(m[2]!) * scale(m[3]);
      let end = unit ? start + m[0].length : amountEnd;
      let counted = unit;
      // "60 industry experts", "40 police officers": a singular word after a number above one modifies the plural noun after it.
      const compound = unit && value > 1 && !/s$/.test(unit) ? /^[ \u00A0]+(\p{Ll}[\p{Ll}-]*s)\b/u.exec(doc.text.slice(end, end + 40)) : null;
      if (compound && isPluralNoun(compound[1]!)) {
        end += compound[0].length;
        counted = compound[1]!.toLowerCase(); // what is counted is the head noun
      }
      add({ kind: 'count', start, end, text: doc.text.slice(start, end), value, ...(counted ? { unit: counted } : {}), amount: { start: amountStart, end: amountEnd } });
    });
    scan(doc, WORD_COUNT, (m, start) => {
      const qualifier = m[1] ?? '';
      const unit = m[5]!.toLowerCase();
      if (NOT_UNITS.has(unit) || NOT_COUNTED.has(unit) || /^(?:percent|per)$/.test(unit)) return;
      // Capitalised mid-sentence, a number word is part of a name ("Three Kingdoms").
      const word = m[2]!;
      if (/^\p{Lu}/u.test(word) && !/(?:^|[.!?"“]\s*)$/u.test(doc.text.slice(Math.max(0, start - 3), start + qualifier.length))) return;
      const value = (NUMBER_WORDS[word.toLowerCase()]! + (m[3] ? UNITS_DIGITS[m[3].toLowerCase()]! : 0)) * scale(m[4]);
      const amountStart = start + qualifier.length;
      const amountEnd = amountStart + word.length + (m[3] ? m[3].length + 1 : 0) + (m[4] ? m[4].length + 1 : 0);
      add({ kind: 'count', start, end: start + m[0].length, text: m[0], value, unit, amount: { start: amountStart, end: amountEnd } });
    });
    return out.sort((a, b) => a.start - b.start);
  });
}

function number(text: string): number {
  return Number(text.replace(/,/g, ''));
}

function scale(word: string | undefined): number {
  return word ? (SCALES[word.toLowerCase()] ?? 1) : 1;
}

function monthOf(name: string): number {
  return MONTH_ALIASES[name.toLowerCase().replace(/\.$/, '')] ?? 0;
}

function overlaps(spans: readonly Span[], span: Span): boolean {
  return spans.some((s) => s.start < span.end && span.start < s.end);
}

/** Index of the sentence containing an offset (binary search). */
export function sentenceAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

