/**
 * The vocabulary of attribution in news English: reporting verbs, the
 * sources they name, and the vague stand-ins for a source. Lower case,
 * sorted.
 *
 * Sources: written for Copydesk from the PARC attribution corpus guidelines
 * (Pareti 2012: cue verbs and phrases, including the accusing, answering and recalling verbs), the CoNLL-2010 weasel-word cue lists
 * (Farkas et al. 2010) and AP style on attribution and anonymous sources.
 */

/** Verbs (in their reporting forms) that attribute what follows or precedes them. */
export const REPORTING_VERBS: readonly string[] = [
  'accuse', 'accused', 'accuses', 'acknowledge', 'acknowledged', 'acknowledges', 'add', 'added', 'adds', 'admit', 'admits', 'admitted', 'affirm',
  'affirmed', 'affirms', 'allege', 'alleged', 'alleges', 'announce', 'announced', 'announces', 'answered', 'argue', 'argued', 'argues', 'assert',
  'asserted', 'asserts', 'assure', 'assured', 'assures', 'believe', 'believed', 'believes', 'boast', 'boasted', 'boasts', 'calculate', 'calculated',
  'calculates', 'charged', 'cite', 'cited', 'cites', 'claim', 'claimed', 'claims', 'comment', 'commented', 'complain', 'complained', 'complains',
  'concede', 'conceded', 'concedes', 'conclude', 'concluded', 'concludes', 'confirm', 'confirmed', 'confirms', 'contend', 'contended', 'contends',
  'count', 'counted', 'counts', 'declare', 'declared', 'declares', 'disclose', 'disclosed', 'discloses', 'emphasise', 'emphasised', 'emphasises',
  'emphasize', 'emphasized', 'emphasizes', 'estimate', 'estimated', 'estimates', 'expect', 'expected', 'expects', 'explain', 'explained', 'explains',
  'find', 'finds', 'forecast', 'forecasts', 'found', 'heard', 'hears', 'highlight', 'highlighted', 'highlights', 'indicate', 'indicated',
  'indicates', 'inform', 'informed', 'informs', 'insist', 'insisted', 'insists', 'maintain', 'maintained', 'maintains', 'mentioned', 'note', 'noted',
  'notes', 'observe', 'observed', 'observes', 'pledge', 'pledged', 'pledges', 'post', 'posted', 'predict', 'predicted', 'predicts', 'project',
  'projected', 'projects', 'promise', 'promised', 'promises', 'publish', 'published', 'publishes', 'put', 'puts', 'quote', 'quoted', 'recalled',
  'reckon', 'reckoned', 'reckons', 'record', 'recorded', 'records', 'recounted', 'reiterate', 'reiterated', 'reiterates', 'release', 'released',
  'releases', 'remarked', 'repeated', 'replied', 'replies', 'reply', 'report', 'reported', 'reports', 'respond', 'responded', 'responds', 'reveal',
  'revealed', 'reveals', 'said', 'say', 'says', 'show', 'showed', 'shown', 'shows', 'specified', 'specifies', 'specify', 'state', 'stated', 'states',
  'stress', 'stressed', 'stresses', 'suggest', 'suggested', 'suggests', 'tell', 'tells', 'testified', 'testifies', 'testify', 'told', 'tweet',
  'tweeted', 'underline', 'underlined', 'underscore', 'underscored', 'underscores', 'vow', 'vowed', 'vows', 'warn', 'warned', 'warns', 'write',
  'writes', 'wrote',
];

/**
 * Reporting verbs that also have ordinary senses ("accessories reiterate the
 * mood", "times specified on codes"): they attribute to a named source, but a
 * bare plural before them is not read as a vague stand-in.
 */
export const NAMED_SOURCE_VERBS: readonly string[] = [
  'affirm', 'affirmed', 'affirms', 'answered', 'charged', 'commented', 'heard', 'hears', 'inform', 'informed', 'informs', 'mentioned', 'observe',
  'observed', 'observes', 'recalled', 'recount', 'recounted', 'reiterate', 'reiterated', 'reiterates', 'remarked', 'specified', 'specifies',
  'specify',
];

/** Reporting phrases built on a noun, as patterns (pattern.ts syntax) from the verb on: "He expressed the opinion that …". */
export const REPORTING_PHRASES: readonly string[] = [
  'expressed|voiced|gave|offered the|his|her|their|its opinion|view|belief|estimate|assessment|verdict',
  'was|is|were|are of the opinion|view|belief',
];

/** Common nouns that name a real source when the verb's subject ("police said", "the ministry estimated"). */
export const SOURCE_NOUNS: readonly string[] = [
  'administration', 'agency', 'analysis', 'audit', 'auditor', 'auditors', 'authorities', 'authority', 'bank', 'board', 'budget', 'bureau', 'census',
  'chairman', 'chief', 'coach', 'commission', 'committee', 'company', 'coroner', 'council', 'court', 'data', 'department', 'director', 'document',
  'documents', 'figures', 'filing', 'firm', 'government', 'group', 'hearing', 'index', 'indictment', 'inquiry', 'investigators', 'judge', 'jury',
  'lawmaker', 'lawmakers', 'lawyer', 'lawyers', 'mayor', 'minister', 'ministry', 'office', 'official', 'officials', 'organisers', 'organizers',
  'police', 'poll', 'president', 'prosecutor', 'prosecutors', 'ranking', 'records', 'regulator', 'regulators', 'report', 'researchers', 'ruling',
  'spokesman', 'spokesperson', 'spokeswoman', 'statement', 'statistics', 'study', 'survey', 'tribunal', 'union', 'witnesses',
];

/** Stand-ins for a source that name nobody ("some estimates", "experts say"). */
export const VAGUE_SOURCES: readonly string[] = ['analysts', 'commentators', 'critics', 'estimates', 'experts', 'insiders', 'observers', 'people', 'reports', 'research', 'rumours', 'rumors', 'sources', 'specialists', 'studies'];

/**
 * Vague-attribution phrases, as patterns (pattern.ts syntax), matched
 * anywhere in a sentence that names no source.
 */
export const VAGUE_PHRASES: readonly string[] = [
  'according to ?some|unnamed|unconfirmed|media|press|local|several|various|anonymous reports|sources|estimates|accounts',
  'allegedly',
  'it is|was|has|had ?been believed|thought|said|reported|estimated|claimed|rumoured|rumored|understood|alleged|feared|suspected',
  // "was reported to be", not "are reported to the floor" (a committee reports a bill): an infinitive follows.
  'is|are|was|were ?widely|generally|now believed|thought|said|reported|understood|rumoured|rumored|estimated|feared to be|have|own|hold|control|number|total|cost|earn|lead|plan|want|favour|favor|face|know|prefer|include|involve|contain|exceed|remain|live|work',
  'are|is|were|was estimated at',
  'many|some|most|several ?people|observers|experts|analysts|critics|commentators|insiders|economists|residents believe|believed|say|said|argue|argued|think|thought|claim|claimed|estimate|estimated|suggest|suggested|fear|feared|expect|expected|predict|predicted',
  'reportedly',
  'research|studies has|have ?shown|suggested|found',
  'some|other|recent|several|various ?estimates|reports|studies|figures put|suggest|suggested|show|showed|say|said|claim|claimed|indicate|indicated',
  'widely believed|reported|thought|held',
  'experts|analysts|observers|sources|critics|insiders say|said|believe|believed|estimate|estimated|warn|warned|note|noted|argue|argued|suggest|suggested|claim|claimed',
];

/** Pronouns that refer back to a source. */
export const SOURCE_PRONOUNS: readonly string[] = ['he', 'it', 'she', 'they', 'we'];
