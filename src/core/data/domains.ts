/**
 * Cue words of story domains, used to infer what a paragraph or an article is
 * about (see `domain.ts`). Lists are sorted; `word*` matches a prefix.
 *
 * Source: written for Copydesk from the vocabulary of news sections (wire
 * services' section keywords, and the Brown corpus press categories).
 * Words that rules judge by domain ("flight", "pirates", "surveys",
 * "emergency") are deliberately absent, so a word cannot vouch for itself.
 */

export type Domain =
  | 'aviation'
  | 'business'
  | 'crime'
  | 'crypto'
  | 'culture'
  | 'cyber'
  | 'diplomacy'
  | 'disaster'
  | 'education'
  | 'finance'
  | 'food'
  | 'health'
  | 'labour'
  | 'military'
  | 'politics'
  | 'sport'
  | 'technology'
  | 'transport'
  | 'weather';

export const DOMAIN_CUES: Record<Domain, readonly string[]> = {
  aviation: ['aircraft', 'airfield', 'airline*', 'airliner*', 'airplane*', 'airport*', 'airspace', 'airways', 'aviation', 'boarding', 'cabin', 'cockpit', 'departure*', 'jet', 'jetliner*', 'jets', 'landing', 'layover*', 'passenger*', 'pilot', 'pilots', 'plane', 'planes', 'runway*', 'takeoff', 'terminal*'],
  business: ['acquisition*', 'ceo', 'chief executive', 'companies', 'company', 'corporate', 'customers', 'employees', 'entrepreneur*', 'factory', 'factories', 'firm', 'firms', 'manufacturer*', 'merger*', 'retailer*', 'sales', 'supplier*', 'turnover'],
  crime: ['abduct*', 'acquit*', 'arrest*', 'attorney*', 'bail', 'burglar*', 'burglary', 'convict*', 'court', 'courts', 'crime*', 'criminal*', 'custody', 'defendant*', 'defraud*', 'detained', 'detective*', 'extort*', 'fraud*', 'gang', 'gangs', 'homicide*', 'indict*', 'investigator*', 'jail*', 'judge', 'kidnap*', 'laundering', 'lawyer*', 'magistrate*', 'murder*', 'offence*', 'offender*', 'offense*', 'perpetrator*', 'police', 'policeman', 'prison*', 'prosecut*', 'ransom', 'robber*', 'robbery', 'scam*', 'sentenced', 'shooting', 'smuggl*', 'stabbing', 'steal*', 'stole', 'stolen', 'suspect*', 'theft*', 'thief', 'thieves', 'trial', 'tribunal*', 'verdict*', 'victim*'],
  crypto: ['altcoin*', 'binance', 'bitcoin*', 'blockchain*', 'coinbase', 'crypto', 'crypto-*', 'cryptocurrenc*', 'defi', 'ether', 'ethereum', 'exchanges', 'nft', 'nfts', 'stablecoin*', 'token', 'tokens', 'wallet', 'wallets', 'web3'],
  culture: ['actor*', 'actress*', 'album*', 'artist*', 'author*', 'ballet', 'box office', 'cinema*', 'concert*', 'exhibition*', 'festival*', 'film*', 'gallery', 'galleries', 'museum*', 'musician*', 'novel*', 'novelist*', 'opera*', 'painter*', 'premiere*', 'screenplay*', 'singer*', 'theatre*', 'theater*'],
  cyber: ['botnet*', 'breach*', 'cyber', 'cyber-*', 'cyberattack*', 'cybercrim*', 'cybersecurity', 'cyberspace', 'ddos', 'encryption', 'exploit*', 'firewall*', 'hack', 'hacked', 'hacker*', 'hacking', 'hacks', 'infosec', 'intrusion*', 'malware', 'phishing', 'ransomware', 'spyware', 'vulnerabilit*'],
  diplomacy: ['ambassador*', 'bilateral', 'consulate*', 'diplomacy', 'diplomat*', 'embass*', 'envoy*', 'foreign', 'multilateral', 'summit*', 'treat*', 'trilateral'],
  disaster: ['aftershock*', 'blaze', 'earthquake*', 'epicenter', 'epicentre', 'eruption*', 'evacuat*', 'firefighter*', 'landslide*', 'magnitude', 'quake*', 'rescuer*', 'richter', 'seismic', 'tsunami*', 'volcan*', 'wildfire*'],
  education: ['classroom*', 'curricul*', 'exam', 'exams', 'graduate*', 'lecturer*', 'pupil*', 'school', 'schools', 'student*', 'teacher*', 'tuition', 'universit*'],
  finance: ['bank', 'banks', 'bond', 'bonds', 'currenc*', 'dividend*', 'earnings', 'economist*', 'economy', 'euro', 'gdp', 'inflation', 'interest', 'investor*', 'market', 'markets', 'nasdaq', 'profit*', 'quarterly', 'recession', 'revenue*', 'shareholder*', 'shares', 'stock', 'stocks', 'tax', 'taxes', 'trading'],
  food: ['bak*', 'chef', 'chefs', 'cook*', 'cuisine', 'delicious', 'dessert*', 'dinner', 'flavo*', 'ingredient*', 'kitchen*', 'lunch', 'meal*', 'menu*', 'recipe*', 'restaurant*', 'tast*'],
  health: ['ambulance*', 'clinic*', 'covid*', 'dengue', 'disease*', 'doctor*', 'epidemic*', 'hospital*', 'hospitalis*', 'hospitaliz*', 'icu', 'illness*', 'infected', 'infection*', 'malaria', 'medic*', 'mortality', 'nurse*', 'outbreak*', 'pandemic*', 'paramedic*', 'patient*', 'surgeon*', 'symptom*', 'treatment*', 'vaccin*', 'virus*'],
  labour: ['employer*', 'layoff*', 'payroll', 'redundanc*', 'strike', 'strikes', 'striking', 'union', 'unions', 'wage', 'wages', 'walkout*', 'worker', 'workers'],
  military: ['airstrike*', 'army', 'artillery', 'battalion*', 'ceasefire', 'combat', 'defence', 'defense', 'drone*', 'frontline', 'invasion', 'missile*', 'navy', 'offensive', 'shelled', 'shelling', 'soldier*', 'troop*', 'warplane*', 'weapon*'],
  politics: ['ballot*', 'cabinet', 'campaign*', 'coalition*', 'congress*', 'constituenc*', 'democrat*', 'election*', 'electoral', 'government*', 'governor*', 'lawmaker*', 'legislat*', 'mayor*', 'minister*', 'mp', 'mps', 'opposition', 'parliament*', 'polls', 'president*', 'referendum*', 'republican*', 'senat*', 'senator*', 'vote*', 'voter*'],
  sport: ['athlete*', 'basketball', 'batting', 'champion', 'championship*', 'club', 'coach*', 'cricket', 'cyclist*', 'defender*', 'derby', 'football', 'footballer*', 'goal', 'goalkeeper*', 'goals', 'half-time', 'halftime', 'homer*', 'inning*', 'league*', 'match', 'matches', 'medal*', 'midfielder*', 'olympic*', 'pitcher*', 'playoff*', 'podium', 'quarterback*', 'referee*', 'rugby', 'scored', 'soccer', 'stadium*', 'striker*', 'tennis', 'touchdown*', 'tournament*', 'winger*'],
  technology: ['algorithm*', 'app', 'apps', 'chip*', 'computer*', 'data', 'digital', 'internet', 'online', 'platform*', 'semiconductor*', 'smartphone*', 'software', 'startup*', 'tech'],
  transport: ['bus', 'buses', 'commuter*', 'driver*', 'freight', 'highway*', 'motorway*', 'railway*', 'road', 'roads', 'station*', 'subway', 'traffic', 'train', 'trains', 'tram*', 'truck*', 'vehicle*'],
  weather: ['drought*', 'flood*', 'forecast*', 'heatwave*', 'hurricane*', 'meteorolog*', 'rainfall', 'snow*', 'storm*', 'temperature*', 'typhoon*', 'wind*'],
};
