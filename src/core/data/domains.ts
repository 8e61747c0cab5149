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
  | 'education'
  | 'finance'
  | 'food'
  | 'health'
  | 'military'
  | 'politics'
  | 'sport'
  | 'technology'
  | 'transport'
  | 'weather';

export const DOMAIN_CUES: Record<Domain, readonly string[]> = {
  aviation: ['aircraft', 'airfield', 'airline*', 'airliner*', 'airplane*', 'airport*', 'airspace', 'airways', 'aviation', 'boarding', 'cabin', 'cockpit', 'departure*', 'jet', 'jetliner*', 'jets', 'landing', 'layover*', 'passenger*', 'pilot', 'pilots', 'plane', 'planes', 'runway*', 'takeoff', 'terminal*'],
  business: ['acquisition*', 'ceo', 'chief executive', 'companies', 'company', 'corporate', 'customers', 'employees', 'entrepreneur*', 'factory', 'factories', 'firm', 'firms', 'manufacturer*', 'merger*', 'retailer*', 'sales', 'supplier*', 'turnover'],
  crime: ['arrest*', 'burglar*', 'convict*', 'court', 'courts', 'crime*', 'criminal*', 'defraud*', 'detective*', 'extort*', 'fraud*', 'indict*', 'jail*', 'judge', 'laundering', 'murder*', 'police', 'policeman', 'prison*', 'prosecut*', 'robber*', 'scam*', 'sentenced', 'smuggl*', 'steal*', 'stole', 'stolen', 'suspect*', 'theft*', 'thief', 'thieves', 'trial', 'victim*'],
  crypto: ['altcoin*', 'binance', 'bitcoin*', 'blockchain*', 'coinbase', 'crypto', 'crypto-*', 'cryptocurrenc*', 'defi', 'ether', 'ethereum', 'exchanges', 'nft', 'nfts', 'stablecoin*', 'token', 'tokens', 'wallet', 'wallets', 'web3'],
  culture: ['actor*', 'actress*', 'album*', 'artist*', 'author*', 'ballet', 'box office', 'cinema*', 'concert*', 'exhibition*', 'festival*', 'film*', 'gallery', 'galleries', 'museum*', 'musician*', 'novel*', 'novelist*', 'opera*', 'painter*', 'premiere*', 'screenplay*', 'singer*', 'theatre*', 'theater*'],
  cyber: ['botnet*', 'breach*', 'cyber', 'cyber-*', 'cyberattack*', 'cybercrim*', 'cybersecurity', 'cyberspace', 'ddos', 'encryption', 'exploit*', 'firewall*', 'hack', 'hacked', 'hacker*', 'hacking', 'hacks', 'infosec', 'intrusion*', 'malware', 'phishing', 'ransomware', 'spyware', 'vulnerabilit*'],
  diplomacy: ['ambassador*', 'bilateral', 'consulate*', 'diplomacy', 'diplomat*', 'embass*', 'envoy*', 'foreign', 'multilateral', 'summit*', 'treat*', 'trilateral'],
  education: ['classroom*', 'curricul*', 'exam', 'exams', 'graduate*', 'lecturer*', 'pupil*', 'school', 'schools', 'student*', 'teacher*', 'tuition', 'universit*'],
  finance: ['bank', 'banks', 'bond', 'bonds', 'currenc*', 'dividend*', 'earnings', 'economy', 'gdp', 'inflation', 'interest', 'investor*', 'market', 'markets', 'nasdaq', 'profit*', 'revenue*', 'shareholder*', 'shares', 'stock', 'stocks', 'trading'],
  food: ['bak*', 'chef', 'chefs', 'cook*', 'cuisine', 'delicious', 'dessert*', 'dinner', 'flavo*', 'ingredient*', 'kitchen*', 'lunch', 'meal*', 'menu*', 'recipe*', 'restaurant*', 'tast*'],
  health: ['clinic*', 'disease*', 'doctor*', 'epidemic*', 'hospital*', 'illness*', 'infection*', 'medic*', 'nurse*', 'outbreak*', 'pandemic*', 'patient*', 'surgeon*', 'symptom*', 'treatment*', 'vaccin*', 'virus*'],
  military: ['army', 'artillery', 'battalion*', 'combat', 'defence', 'defense', 'drone*', 'missile*', 'navy', 'soldier*', 'troop*', 'warplane*', 'weapon*'],
  politics: ['ballot*', 'cabinet', 'campaign*', 'congress*', 'democrat*', 'election*', 'government*', 'lawmaker*', 'legislat*', 'minister*', 'opposition', 'parliament*', 'polls', 'president*', 'republican*', 'senat*', 'vote*', 'voter*'],
  sport: ['athlete*', 'batting', 'championship*', 'coach*', 'goalkeeper*', 'homer*', 'inning*', 'league*', 'midfielder*', 'olympic*', 'pitcher*', 'playoff*', 'quarterback*', 'referee*', 'scored', 'stadium*', 'striker*', 'touchdown*', 'tournament*'],
  technology: ['algorithm*', 'app', 'apps', 'chip*', 'computer*', 'data', 'digital', 'internet', 'online', 'platform*', 'semiconductor*', 'smartphone*', 'software', 'startup*', 'tech'],
  transport: ['bus', 'buses', 'commuter*', 'driver*', 'freight', 'highway*', 'motorway*', 'railway*', 'road', 'roads', 'station*', 'subway', 'traffic', 'train', 'trains', 'tram*', 'truck*', 'vehicle*'],
  weather: ['drought*', 'flood*', 'forecast*', 'heatwave*', 'hurricane*', 'meteorolog*', 'rainfall', 'snow*', 'storm*', 'temperature*', 'typhoon*', 'wind*'],
};
