/**
 * Currencies as news text writes them, with approximate exchange rates.
 *
 * Rates are units per US dollar, rounded, as of RATES_DATE (mid-market
 * averages published by central banks, rounded to two significant figures).
 * They only need to be close enough to tell currencies apart: the
 * currency-conversion rule tolerates a factor of three, more for currencies
 * marked `volatile`. Teams override them with `copydesk.exchangeRates`.
 */

/** When the shipped rates were taken. */
export const RATES_DATE = '2025-06';

export interface Currency {
  code: string;
  /** English name, singular ("South Korean won"). */
  name: string;
  /** Units per US dollar, approximately. */
  perUsd: number;
  /** Words that name it after an amount, as they are written ("won", "pounds sterling", "Canadian dollars"); matched case-insensitively. */
  words: readonly string[];
  /** Symbols and prefixes written before an amount ("₩", "HK$"). */
  symbols: readonly string[];
  /** True for currencies whose rate moves by more than half in a year or two. */
  volatile?: boolean;
}

export const CURRENCIES: readonly Currency[] = [
  { code: 'AED', name: 'UAE dirham', perUsd: 3.67, words: ['dirham', 'dirhams'], symbols: [] },
  { code: 'ARS', name: 'Argentine peso', perUsd: 1100, words: ['Argentine peso', 'Argentine pesos'], symbols: [], volatile: true },
  { code: 'AUD', name: 'Australian dollar', perUsd: 1.55, words: ['Australian dollar', 'Australian dollars'], symbols: ['A$', 'AU$'] },
  { code: 'BDT', name: 'Bangladeshi taka', perUsd: 120, words: ['taka'], symbols: ['৳'] },
  { code: 'BRL', name: 'Brazilian real', perUsd: 5.5, words: ['real', 'reais', 'Brazilian real', 'Brazilian reais'], symbols: ['R$'] },
  { code: 'CAD', name: 'Canadian dollar', perUsd: 1.37, words: ['Canadian dollar', 'Canadian dollars'], symbols: ['C$', 'CA$'] },
  { code: 'CHF', name: 'Swiss franc', perUsd: 0.82, words: ['Swiss franc', 'Swiss francs', 'franc', 'francs'], symbols: [] },
  { code: 'CNY', name: 'Chinese yuan', perUsd: 7.2, words: ['yuan', 'renminbi', 'Chinese yuan'], symbols: ['CN¥', 'RMB'] },
  { code: 'CZK', name: 'Czech koruna', perUsd: 22, words: ['koruna', 'korunas', 'crowns'], symbols: ['Kč'] },
  { code: 'DKK', name: 'Danish krone', perUsd: 6.6, words: ['Danish krone', 'Danish kroner'], symbols: [] },
  { code: 'EGP', name: 'Egyptian pound', perUsd: 50, words: ['Egyptian pound', 'Egyptian pounds'], symbols: ['E£'], volatile: true },
  { code: 'EUR', name: 'euro', perUsd: 0.88, words: ['euro', 'euros'], symbols: ['€'] },
  { code: 'GBP', name: 'pound sterling', perUsd: 0.74, words: ['pound', 'pounds', 'pound sterling', 'pounds sterling', 'sterling', 'British pound', 'British pounds'], symbols: ['£'] },
  { code: 'HKD', name: 'Hong Kong dollar', perUsd: 7.8, words: ['Hong Kong dollar', 'Hong Kong dollars'], symbols: ['HK$'] },
  { code: 'HUF', name: 'Hungarian forint', perUsd: 350, words: ['forint', 'forints'], symbols: [] },
  { code: 'IDR', name: 'Indonesian rupiah', perUsd: 16300, words: ['rupiah', 'rupiahs'], symbols: ['Rp'] },
  { code: 'ILS', name: 'Israeli shekel', perUsd: 3.5, words: ['shekel', 'shekels'], symbols: ['₪'] },
  { code: 'INR', name: 'Indian rupee', perUsd: 86, words: ['rupee', 'rupees', 'Indian rupee', 'Indian rupees'], symbols: ['₹', 'Rs.', 'Rs'] },
  { code: 'JPY', name: 'Japanese yen', perUsd: 145, words: ['yen', 'Japanese yen'], symbols: ['¥', 'JP¥'] },
  { code: 'KES', name: 'Kenyan shilling', perUsd: 129, words: ['Kenyan shilling', 'Kenyan shillings'], symbols: ['KSh'] },
  { code: 'KRW', name: 'South Korean won', perUsd: 1370, words: ['won', 'Korean won', 'South Korean won'], symbols: ['₩'] },
  { code: 'MXN', name: 'Mexican peso', perUsd: 19, words: ['peso', 'pesos', 'Mexican peso', 'Mexican pesos'], symbols: ['Mex$'] },
  { code: 'MYR', name: 'Malaysian ringgit', perUsd: 4.3, words: ['ringgit'], symbols: ['RM'] },
  { code: 'NGN', name: 'Nigerian naira', perUsd: 1550, words: ['naira'], symbols: ['₦'], volatile: true },
  { code: 'NOK', name: 'Norwegian krone', perUsd: 10.1, words: ['Norwegian krone', 'Norwegian kroner', 'krone', 'kroner'], symbols: [] },
  { code: 'NZD', name: 'New Zealand dollar', perUsd: 1.66, words: ['New Zealand dollar', 'New Zealand dollars'], symbols: ['NZ$'] },
  { code: 'PHP', name: 'Philippine peso', perUsd: 56, words: ['Philippine peso', 'Philippine pesos'], symbols: ['₱'] },
  { code: 'PKR', name: 'Pakistani rupee', perUsd: 282, words: ['Pakistani rupee', 'Pakistani rupees'], symbols: [] },
  { code: 'PLN', name: 'Polish zloty', perUsd: 3.7, words: ['zloty', 'zlotys', 'zloties'], symbols: ['zł'] },
  { code: 'RUB', name: 'Russian rouble', perUsd: 80, words: ['rouble', 'roubles', 'ruble', 'rubles'], symbols: ['₽'], volatile: true },
  { code: 'SAR', name: 'Saudi riyal', perUsd: 3.75, words: ['riyal', 'riyals'], symbols: [] },
  { code: 'SEK', name: 'Swedish krona', perUsd: 9.6, words: ['krona', 'kronor', 'Swedish krona', 'Swedish kronor'], symbols: [] },
  { code: 'SGD', name: 'Singapore dollar', perUsd: 1.29, words: ['Singapore dollar', 'Singapore dollars'], symbols: ['S$'] },
  { code: 'THB', name: 'Thai baht', perUsd: 33, words: ['baht'], symbols: ['฿'] },
  { code: 'TRY', name: 'Turkish lira', perUsd: 39, words: ['lira', 'liras', 'lire', 'Turkish lira'], symbols: ['₺'], volatile: true },
  { code: 'TWD', name: 'New Taiwan dollar', perUsd: 30, words: ['Taiwan dollar', 'Taiwan dollars', 'New Taiwan dollars'], symbols: ['NT$'] },
  { code: 'UAH', name: 'Ukrainian hryvnia', perUsd: 41, words: ['hryvnia', 'hryvnias'], symbols: ['₴'] },
  { code: 'USD', name: 'US dollar', perUsd: 1, words: ['dollar', 'dollars', 'US dollar', 'US dollars', 'U.S. dollars'], symbols: ['$', 'US$', 'USD'] },
  { code: 'VND', name: 'Vietnamese dong', perUsd: 26000, words: ['dong'], symbols: ['₫'] },
  { code: 'ZAR', name: 'South African rand', perUsd: 18, words: ['rand'], symbols: [] },
];

/** Scale words after an amount, and their multipliers. */
export const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  lakh: 1e5,
  lakhs: 1e5,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  crore: 1e7,
  crores: 1e7,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};
