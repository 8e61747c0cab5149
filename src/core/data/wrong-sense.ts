/**
 * English words that machine translation produces for a polysemous or
 * false-friend source word, with the contexts where the English word is
 * almost surely the wrong sense and the word that fits there.
 *
 * One entry per line of meaning, sorted by its first form. An entry fires when
 * all of these hold:
 * - `domains`: one of these story domains is active (see `domain.ts`), if given;
 * - `before` / `after` / `near`: at least one pattern matches, if any is given
 *   (`before` must end right before the word, `after` start right after it,
 *   `near` is a word within six tokens); patterns use `pattern.ts` syntax;
 * - `unless`: none of these words is in the paragraph (they signal the
 *   English sense is meant: "airline" for "flight");
 * - `notBefore` / `notAfter`: no pattern matches right before / after the
 *   word (a local exception: "formation" but not "formation of a government");
 * - `gated`: the article's other findings already say it looks
 *   machine-translated;
 * - `topical`: where the patterns miss, the word vectors may judge it.
 *
 * The tables: this file (polysemy shared by many source languages), and one
 * file per group of source languages (`senses-*.ts`), all listed in
 * `senses.ts`. Adding an entry: one line in the table of its source
 * language, plus a sentence it flags and a correct one it leaves alone in
 * the matching file of test/unit/data/cases/ (CONTRIBUTING.md).
 */
import type { Domain } from './domains.js';

/** How the error arises. */
export type Mechanism = 'polysemy' | 'false friend' | 'calque';

export interface SenseEntry {
  /** Word forms (lower case) and their replacements, best first. */
  forms: Record<string, readonly string[]>;
  domains?: readonly Domain[];
  before?: readonly string[];
  after?: readonly string[];
  near?: readonly string[];
  unless?: readonly string[];
  notBefore?: readonly string[];
  notAfter?: readonly string[];
  /**
   * Fires only in an article that already looks machine-translated (see
   * `gated` in rule.ts): for a sense error that clean news also writes in
   * its right sense too often to flag alone ("actually" for *actuellement*).
   */
  gated?: boolean;
  /**
   * The wrong sense shows in the story's topic rather than in a construction,
   * so where the `before`/`after` patterns miss, the word vectors may still
   * judge it (see `judgeByVectors` in rules/wrong-sense.ts): "teachings" in
   * a naval story. Entries without `before`/`after` are judged that way
   * anyway; an entry whose patterns describe a construction ("dictated a
   * sentence" → handed down) is not, unless it says `topical`.
   */
  topical?: boolean;
  /** Source language(s) and word: "French *vol* (theft; flight)". */
  source: string;
  mechanism: Mechanism;
}

const EVENTS = 'meeting*|ceremony|ceremonies|conference*|summit*|event*|session*|funeral*|wedding*|concert*|match*|game*|mass|inauguration*|forum*|symposium*|debate*|hearing*|celebration*|premiere*|opening*|rally|rallies|talks|course*|class*';
const THEFT_OBJECTS = ['assets', 'bitcoin*', 'cash', 'coins', 'crypto*', 'data', 'funds', 'hack*', 'identit*', 'money', 'stole*', 'steal*', 'tokens', 'wallet*'];

export const WRONG_SENSE: readonly SenseEntry[] = [
  { forms: { actual: ['current'] }, after: ['administration|government|president|chancellor|minister|premier|mayor|governor|leader|leadership|chairman|ceo|coach|champion|titleholder|regime|version|legislature|cabinet', 'prime minister'], source: 'German *aktuell*, French *actuel*, Spanish *actual* (current)', mechanism: 'false friend' },
  { forms: { actually: ['currently'] }, gated: true, after: ['in|under|held|detained|hospitalised|hospitalized|underway|working|living|serving|based|located|unemployed|closed|suspended|jailed|imprisoned|employed|studying|negotiating'], source: 'French *actuellement*, Spanish *actualmente*, Italian *attualmente*, Portuguese *atualmente*, German *aktuell* (currently)', mechanism: 'false friend' },
  { forms: { advices: ['advice', 'pieces of advice'], equipments: ['equipment'], expertises: ['expertise'], feedbacks: ['feedback'], furnitures: ['furniture'], homeworks: ['homework'], knowledges: ['knowledge'], luggages: ['luggage'], baggages: ['baggage'], machineries: ['machinery'], personnels: ['personnel', 'staff'], softwares: ['software'], violences: ['violence'] }, notBefore: ['payment|remittance|shipping|credit|debit|dispatch|indigenous|local|traditional'], source: 'French *conseils*, *équipements*, *connaissances*, *violences*, Spanish *consejos*, *equipos*, *conocimientos*, Italian *consigli*, *attrezzature*, German *Kenntnisse*, and languages that mark no number (Chinese, Japanese, Korean, Indonesian): each counts a noun English does not count (uncountable in English)', mechanism: 'calque' },
  { forms: { ancient: ['former'] }, after: ['president|minister|prime|premier|mayor|director|coach|champion|player|deputy|mp|senator|governor|ambassador|chairman|ceo|boss|international|footballer|striker|goalkeeper|captain|manager|colleague|husband|wife|partner|employee|official|spokesman|spokeswoman|secretary|chief|executive|adviser|advisor|president\'s|head|leader'], notAfter: ['of ?the ancient|old|world'], source: 'French *ancien* before a noun (former), Italian *ex*, Spanish *antiguo* (former)', mechanism: 'false friend' },
  { forms: { assist: ['attend'], assisted: ['attended'], assisting: ['attending'], assists: ['attends'] }, after: [`to|at ?the|a|an|this|that|his|her|their|its ?annual|opening|closing|first|final ${EVENTS}`, 'the|its|their ?opening|closing|first|final performance|performances|show|shows|screening|screenings|premiere|concert|concerts|ceremony|mass|funeral'], unless: ['birth', 'deliver*', 'midwife*', 'surg*', 'operation*'], source: 'Spanish *asistir a*, French *assister à* (attend)', mechanism: 'false friend' },
  { forms: { attend: ['await'], attended: ['awaited'], attending: ['awaiting'], attends: ['awaits'] }, gated: true, after: ['the|a|his|her|their|its ?final|official|court\'s|court|judge\'s|jury\'s decision|decisions|verdict|ruling|results|result|outcome|arrival|response|reply|answer|approval|publication|conclusions|findings'], source: 'French *attendre* (wait for), Spanish *atender* confusion (await)', mechanism: 'false friend' },
  { forms: { cryptographic: ['crypto'], cryptography: ['crypto'] }, domains: ['crypto'], after: ['advis*|assets|crime*|exchange*|firm*|flight*|fraud*|heist*|industry|investor*|market*|platform*|scam*|theft*|trader*|trading|wallet*'], before: ['flight|flights|theft|thefts of'], unless: ['algorithm*', 'cipher*', 'cryptographer*', 'decrypt*', 'encrypt*', 'hash*', 'quantum', 'signature*'], source: 'French *crypto* expanded to *cryptographique*; MT confuses crypto-assets with cryptography', mechanism: 'polysemy' },
  { forms: { emergency: ['urgency'] }, before: ['acquir*|gain*|tak*|took|lend*|lent|add*|giv*|gave ?a|an new|renewed|fresh|greater|added|particular|special', 'sense of', 'with great|extreme|utmost|more|less|new|renewed', 'with the utmost'], unless: ['declar*', 'services', 'room', 'rooms'], source: 'French *urgence*, Spanish *urgencia*, Italian *urgenza* (urgency; emergency)', mechanism: 'polysemy' },
  { forms: { eventual: ['possible'] }, after: ['risk|risks|damage|damages|problem|problems|error|errors|complication*|difficult*|doubt*|question*|side-effect*|claims'], source: 'German *eventuell*, French *éventuel*, Spanish *eventual* (possible)', mechanism: 'false friend' },
  { forms: { evidences: ['evidence', 'pieces of evidence'] }, gated: true, before: ['found|find|finds|collected|collect|gathered|gather|presented|present|submitted|destroyed|hid|sufficient|enough|several|many|numerous|clear|solid|strong|concrete|conclusive|new|no|any|the|these|those'], notAfter: ['of'], source: 'French *preuves*, Spanish *pruebas*, Italian *prove*, Portuguese *provas* (pieces of evidence; English does not count evidence)', mechanism: 'calque' },
  { forms: { flight: ['theft'], flights: ['thefts'] }, domains: ['crime', 'crypto', 'cyber'], near: THEFT_OBJECTS, unless: ['airline*', 'airport*', 'aircraft', 'attendant*', 'capital', 'cancel*', 'delay*', 'passenger*', 'pilot*', 'plane*', 'risk', 'ticket*', 'booking*', 'flee*', 'fled', 'escape*'], source: 'French *vol*, Spanish *vuelo*/*robo* confusion (theft; flight)', mechanism: 'polysemy' },
  { forms: { magazine: ['warehouse'], magazines: ['warehouses'] }, domains: ['crime', 'business'], near: ['seized', 'seize', 'goods', 'stored', 'storage', 'tonnes', 'tons', 'kilos', 'kg', 'counterfeit', 'items', 'boxes', 'pallets', 'raided', 'smuggled', 'contraband', 'clothing', 'merchandise'], unless: ['editor*', 'issue', 'issues', 'publish*', 'article*', 'cover', 'journal*', 'reader*', 'wrote', 'interview*', 'columnist*', 'subscri*', 'print', 'fashion', 'glossy', 'rifle*', 'gun', 'guns', 'ammunition', 'bullets', 'cartridge*', 'pistol*', 'weapon*', 'newsstand*'], source: 'Italian *magazzino*, French *magasin* (warehouse, store)', mechanism: 'false friend' },
  { forms: { pirate: ['hacker'], pirates: ['hackers'] }, domains: ['crypto', 'cyber'], unless: ['boat*', 'caribbean', 'coast*', 'copyright*', 'dvd*', 'film*', 'hijack*', 'maritime', 'movie*', 'music', 'naval', 'navy', 'pirated', 'sea', 'seas', 'ship*', 'somali*', 'treasure', 'vessel*'], notBefore: ['software|music|film|movie|video|digital|online|internet|content|media|radio|tv|book|game|games|dvd|sports|stream|streaming|copyright'], source: 'French and Spanish *pirates*/*piratas*, Korean *haekeo* glossed as pirate (hackers)', mechanism: 'polysemy' },
  { forms: { progresses: ['progress'] }, gated: true, before: ['the|many|significant|great|important|considerable|some|these|recent|enormous|huge|remarkable|big|notable|real|substantial|major|first|no|any ?new'], notAfter: ['to|through|towards|toward|into|in|from|at|beyond'], source: 'French *progrès*, Spanish *progresos*, Italian *progressi*, Portuguese *progressos* (progress; English does not count it)', mechanism: 'calque' },
  { forms: { realizer: ['director'], realizers: ['directors'], realisator: ['director'], realizator: ['director'] }, domains: ['culture'], source: 'French *réalisateur*, Spanish and Portuguese *realizador*, Romanian *realizator* (film director)', mechanism: 'false friend' },
  { forms: { researches: ['research', 'studies'] }, gated: true, before: ['recent|new|scientific|numerous|various|further|several|many|some|these|latest|previous|earlier|medical|academic|independent|many ?new'], after: ['show|showed|shown|suggest|suggested|found|find|conducted|carried'], notBefore: ['his|her|their|its|whose|of'], source: 'French *recherches*, Spanish *investigaciones*, Italian *ricerche*, Portuguese *pesquisas* (research; studies)', mechanism: 'calque' },
  { forms: { sensible: ['sensitive'] }, after: ['data|information|issue|issues|topic|topics|subject|subjects|matter|matters|area|areas|document*|file|files|material*|question|questions|site|sites|infrastructure|sector|sectors|point|points|case|cases|details'], source: 'French, Spanish *sensible*, German *sensibel* (sensitive)', mechanism: 'false friend' },
  { forms: { survey: ['investigation'], surveys: ['investigations'] }, domains: ['crime', 'cyber'], before: ['crime|cybercrime|criminal|police|fraud|corruption|murder|judicial|cyber|cyber-crime'], after: ['into'], unless: ['respondent*', 'poll*', 'questionnaire*', 'surveyed', 'sample*', 'interviewed', 'victimi*'], source: 'French *enquête*, Spanish *encuesta* confusion (investigation; survey)', mechanism: 'polysemy' },
  { forms: { surveys: ['investigations'], survey: ['investigation'] }, before: ['opened|open|opens|opening ?a|an ?new|formal|judicial|criminal|internal|official|separate|technical'], unless: ['respondent*', 'poll*', 'questionnaire*', 'surveyed', 'sample*', 'interviewed', 'participants'], source: 'French *ouvrir une enquête* (open an investigation): *enquête* is both survey and investigation', mechanism: 'polysemy' },
];
