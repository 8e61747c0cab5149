/**
 * What names look like in English news: person titles, organisation and place
 * head words, and East Asian surnames with the shape of romanised given names.
 * Lists are lower case and sorted.
 *
 * Sources: written for Copydesk from AP and Reuters style guides (titles,
 * organisation names), the Revised Romanization of Korean and the
 * McCune–Reischauer variants common in the press (syllable shapes, surname
 * spellings: Kim/Gim, Lee/Yi/Rhee, Park/Pak/Bak…), and the most frequent
 * Chinese (pinyin), Japanese (Hepburn) and Vietnamese family names.
 */

/** Titles and honorifics written before a person's name ("President Yoon", "Ms. Kim", "legislator Ha"). */
export const PERSON_TITLES: readonly string[] = [
  'adm', 'admiral', 'advisor', 'adviser', 'ambassador', 'archbishop', 'assemblyman', 'assemblywoman', 'attorney', 'bishop', 'capt', 'captain', 'cardinal',
  'ceo', 'cfo', 'chair', 'chairman', 'chairwoman', 'chancellor', 'chef', 'chief', 'cmdr', 'coach', 'col', 'colonel', 'commander', 'commissioner', 'congressman',
  'congresswoman', 'consul', 'corporal', 'councillor', 'councilman', 'councilwoman', 'counsellor', 'cpl', 'dame', 'dean', 'deputy', 'det', 'detective',
  'director', 'dr', 'emir', 'emperor', 'envoy', 'father', 'fr', 'gen', 'general', 'gov', 'governor', 'inspector', 'judge', 'justice', 'king', 'lady',
  'lawmaker', 'legislator', 'lieutenant', 'lord', 'lt', 'maj', 'major', 'marshal', 'mayor', 'minister', 'miss', 'mr', 'mrs', 'ms', 'mx', 'officer',
  'pastor', 'pope', 'premier', 'president', 'prince', 'princess', 'prof', 'professor', 'prosecutor', 'queen', 'rabbi', 'rep', 'representative', 'rev',
  'reverend', 'sen', 'senator', 'sergeant', 'sgt', 'sheikh', 'sir', 'sister', 'speaker', 'spokesman', 'spokesperson', 'spokeswoman', 'sultan', 'superintendent',
  'supt', 'vice-president', 'viceroy',
];

/** Words that make a capitalised run an organisation ("National Police Agency", "Korea JoongAng Daily"). */
export const ORGANIZATION_HEADS: readonly string[] = [
  'academy', 'administration', 'agency', 'ag', 'airlines', 'airways', 'alliance', 'army', 'assembly', 'association', 'authority', 'bank', 'board',
  'brigade', 'broadcasting', 'bureau', 'cabinet', 'capital', 'center', 'centre', 'chamber', 'championship', 'charity', 'church', 'club', 'co', 'coalition',
  'college', 'command', 'commission', 'committee', 'company', 'conference', 'congress', 'convention', 'cooperative', 'corp', 'corporation', 'council', 'court',
  'cup', 'daily', 'department', 'directorate', 'division', 'electronics', 'energy', 'entertainment', 'exchange', 'expo', 'federation', 'festival', 'force',
  'forces', 'forum', 'foundation', 'front', 'fund', 'games', 'gazette', 'gmbh', 'group', 'guard', 'herald', 'holdings', 'hospital', 'ilbo', 'inc',
  'industries', 'initiative', 'institute', 'institution', 'insurance', 'journal', 'laboratory', 'labs', 'league', 'llc', 'ltd', 'media', 'ministry', 'motors',
  'movement', 'museum', 'navy', 'network', 'news', 'observatory', 'office', 'olympics', 'organisation', 'organization', 'parliament', 'partners', 'party',
  'pavilion', 'pharmaceuticals', 'plc', 'police', 'post', 'press', 'program', 'programme', 'prosecution', 'prosecutors', 'radio', 'regiment', 'school',
  'secretariat', 'securities', 'senate', 'service', 'services', 'shimbun', 'society', 'studios', 'summit', 'symposium', 'systems', 'technologies', 'telecom',
  'television', 'times', 'tribunal', 'tribune', 'trust', 'union', 'unit', 'university', 'workshop',
];

/** Words that make a capitalised run a place ("Fulton County", "Han River", "Fairmont Ambassador Hotel"). */
export const PLACE_HEADS: readonly string[] = [
  'airport', 'avenue', 'bay', 'beach', 'boulevard', 'bridge', 'canal', 'canyon', 'city', 'coast', 'county', 'district', 'gulf', 'harbor', 'harbour',
  'highway', 'hill', 'hills', 'hotel', 'island', 'islands', 'lake', 'mount', 'mountain', 'mountains', 'ocean', 'palace', 'park', 'peninsula', 'plaza',
  'port', 'prefecture', 'province', 'region', 'republic', 'river', 'road', 'sea', 'square', 'stadium', 'state', 'station', 'strait', 'street', 'valley',
  'village',
];

/** Lower-case words allowed inside a name between capitalised words ("Ministry of Foreign Affairs", "Abd al Aziz"). */
export const NAME_CONNECTORS: readonly string[] = ['&', 'al', 'and', 'bin', 'da', 'de', 'del', 'della', 'der', 'des', 'di', 'du', 'el', 'for', 'la', 'le', 'of', 'on', 'van', 'von', 'y'];

/** Family names that open an East Asian name (Korean with press variants, Chinese pinyin and Hong Kong Cantonese, Vietnamese). */
export const EAST_ASIAN_SURNAMES: readonly string[] = [
  'ahn', 'an', 'au', 'bae', 'baek', 'bai', 'ban', 'bang', 'bui', 'byun', 'cai', 'cao', 'cha', 'chae', 'chan', 'chang', 'chen', 'cheng', 'cheon',
  'cheung', 'chiu', 'cho', 'choe', 'choi', 'chon', 'choo', 'chou', 'chow', 'chu', 'chun', 'chung', 'cui', 'dang', 'deng', 'ding', 'do', 'dong', 'du',
  'duong', 'fan', 'fang', 'feng', 'fok', 'fu', 'fung', 'gao', 'gil', 'gim', 'go', 'gong', 'gu', 'guo', 'ha', 'ham', 'han', 'he', 'heo', 'ho', 'hoang',
  'hong', 'hou', 'hu', 'huang', 'huh', 'hur', 'hwang', 'hyun', 'im', 'jang', 'jeon', 'jeong', 'ji', 'jia', 'jiang', 'jin', 'jo', 'joo', 'ju', 'jun',
  'jung', 'kang', 'kim', 'ko', 'kong', 'koo', 'ku', 'kwak', 'kwok', 'kwon', 'lai', 'lam', 'lau', 'le', 'lee', 'leung', 'li', 'liang', 'liao', 'lim',
  'lin', 'liu', 'long', 'lu', 'lui', 'luo', 'ly', 'ma', 'mak', 'mao', 'meng', 'min', 'moon', 'mun', 'na', 'nam', 'ng', 'ngo', 'nguyen', 'noh', 'oh',
  'ok', 'pak', 'pan', 'park', 'peng', 'pham', 'phan', 'poon', 'pyo', 'qian', 'qin', 'ra', 'ren', 'rhee', 'rho', 'rim', 'roh', 'ryu', 'seo', 'seok',
  'shen', 'shi', 'shim', 'shin', 'sim', 'sin', 'siu', 'so', 'son', 'song', 'su', 'suh', 'sun', 'sung', 'tam', 'tan', 'tang', 'tian', 'tran', 'tsang',
  'tse', 'vu', 'wang', 'wei', 'won', 'wong', 'woo', 'wu', 'xi', 'xia', 'xiao', 'xie', 'xiong', 'xu', 'xue', 'yan', 'yang', 'yao', 'ye', 'yeo', 'yeung',
  'yi', 'yin', 'yip', 'yoo', 'yoon', 'yu', 'yuan', 'yun', 'zeng', 'zhang', 'zhao', 'zheng', 'zhou', 'zhu', 'zou',
];

/** Frequent Japanese family names (Hepburn), for names written in either order. */
export const JAPANESE_SURNAMES: readonly string[] = [
  'abe', 'aoki', 'endo', 'fujii', 'fujita', 'fujiwara', 'fukuda', 'goto', 'hasegawa', 'hashimoto', 'hayashi', 'ikeda', 'inoue', 'ishida', 'ishihara',
  'ishii', 'ishikawa', 'ito', 'kato', 'kimura', 'kishida', 'kobayashi', 'koizumi', 'kondo', 'maeda', 'matsuda', 'matsumoto', 'miura', 'miyazaki',
  'mori', 'murakami', 'nakagawa', 'nakajima', 'nakamura', 'nakano', 'nishimura', 'noda', 'ogawa', 'okada', 'okamoto', 'ono', 'ota', 'saito', 'sakamoto',
  'sasaki', 'sato', 'shimizu', 'suga', 'suzuki', 'takahashi', 'takeda', 'tanaka', 'ueda', 'watanabe', 'yamada', 'yamaguchi', 'yamamoto', 'yamashita',
  'yamazaki', 'yoshida',
];

/**
 * One romanised Korean (or pinyin) syllable: optional initial, vowel, optional
 * final. "suk", "yeol", "sang", "min", "kyou", "hyun", "jong", "kwon".
 */
export const SYLLABLE = /^(?:kk|tt|pp|ss|jj|ch|sh|zh|ts|[bcdfghjklmnpqrstwxyz])?(?:yae|yeo|wae|yeo|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|ou|oo|ee|ai|ao|ei|ia|ie|iu|ua|uo|a|e|i|o|u|y)(?:ng|nk|n|k|l|m|p|t|r)?$/i;
