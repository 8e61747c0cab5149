/**
 * Honorifics of other languages that machine translation leaves in an English
 * text, attached to a person's name: "Tanaka-san", "Verma ji", "Ibu Sri".
 * English news names a person by name (and at most Mr or Ms), so an editor
 * drops them. Lower case and sorted within each list.
 *
 * Sources: written for Copydesk from the languages' grammars (Japanese
 * name suffixes, Korean 씨/님, Hindi and Urdu ji and sahib, Turkish hanım,
 * Indonesian and Malay Bapak and Ibu) and AP style on courtesy titles.
 * Words that are also name parts are left out: Korean given names end in
 * "-ji" ("Hye-ji"), Cantonese ones in "-chan" or "-san" only after a
 * syllable (the rule skips romanised given names), and "Bey", "Pak" and
 * "Khun" are family names too.
 */

/** Written after the name, with a hyphen or a space, in lower case ("Tanaka-san", "Tanaka san"). */
export const HONORIFIC_SUFFIXES: readonly string[] = ['chan', 'dono', 'kun', 'nim', 'sama', 'san', 'senpai', 'sensei', 'ssi'];

/** Written after the name with a space only, since as a hyphenated ending they are name syllables ("Verma ji", but "Hye-ji"). */
export const HONORIFIC_WORDS: readonly string[] = ['hanim', 'hanım', 'ji', 'saab', 'sahab', 'saheb', 'sahib'];

/** Written before the name, capitalised ("Ibu Sri Mulyani"). */
export const HONORIFIC_PREFIXES: readonly string[] = ['bapak', 'ibu'];

/**
 * Kinship words that Vietnamese uses as courtesy titles (*ông*, *bà*, *chú*,
 * *cô*), translated literally before a full name ("Grandfather Tran Quoc
 * Hung"), and the title English news uses instead. "Brother" and "Sister"
 * are left out: they are religious titles too.
 */
export const KINSHIP_TITLES: Readonly<Record<string, string>> = { aunt: 'Ms', auntie: 'Ms', grandfather: 'Mr', grandma: 'Ms', grandmother: 'Ms', grandpa: 'Mr', uncle: 'Mr' };

/** The most frequent Vietnamese family names, which open a Vietnamese full name. */
export const VIETNAMESE_SURNAMES: readonly string[] = [
  'bui', 'cao', 'dang', 'dao', 'dinh', 'do', 'doan', 'duong', 'ha', 'ho', 'hoang', 'huynh', 'lam', 'le', 'luong', 'ly', 'mai', 'ngo', 'nguyen', 'pham', 'phan',
  'ta', 'thai', 'ton', 'tran', 'trinh', 'truong', 'vo', 'vu',
];

/** Chinese *lao* 老 and *xiao* 小 before a family name, translated ("Old Wang"), and the romanisation English news keeps ("Lao Wang"). */
export const CHINESE_FAMILIAR_TITLES: Readonly<Record<string, string>> = { little: 'Xiao', old: 'Lao' };
