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
  aviation: ['airbus', 'aircraft', 'airfield', 'airline*', 'airliner*', 'airplane*', 'airport*', 'airspace', 'airways', 'aviation', 'aviator*', 'boarding', 'boeing', 'cabin', 'co-pilot*', 'cockpit', 'copilot*', 'departure*', 'fuselage', 'hangar*', 'helicopter*', 'jet', 'jetliner*', 'jets', 'landing', 'layover*', 'passenger*', 'pilot', 'pilots', 'plane', 'planes', 'runway*', 'takeoff', 'terminal*', 'turbulence'],
  business: ['acquisition*', 'ceo', 'chief executive', 'companies', 'company', 'corporate', 'customers', 'employees', 'entrepreneur*', 'factory', 'factories', 'firm', 'firms', 'manufacturer*', 'merger*', 'retailer*', 'sales', 'supplier*', 'turnover'],
  crime: ['abduct*', 'accomplice*', 'acquit*', 'arrest*', 'attorney*', 'bail', 'burglar*', 'burglary', 'cartel*', 'confess*', 'confiscat*', 'conspirac*', 'convict*', 'counterfeit*', 'court', 'courts', 'crime*', 'criminal*', 'custody', 'defendant*', 'defraud*', 'detained', 'detective*', 'extort*', 'felon*', 'felony', 'forensic*', 'fraud*', 'gang', 'gangs', 'guilty', 'homicide*', 'illicit', 'indict*', 'investigator*', 'jail*', 'judge', 'kidnap*', 'laundering', 'lawyer*', 'mafia', 'magistrate*', 'manslaughter', 'murder*', 'offence*', 'offender*', 'offense*', 'perpetrator*', 'pleaded', 'police', 'policeman', 'prison*', 'prosecut*', 'ransom', 'rape', 'raped', 'rapist*', 'robber*', 'robbery', 'scam*', 'seized', 'sentenced', 'shooting', 'slaying*', 'smuggl*', 'stabbing', 'steal*', 'stole', 'stolen', 'suspect*', 'theft*', 'thief', 'thieves', 'traffick*', 'trial', 'tribunal*', 'verdict*', 'victim*'],
  crypto: ['altcoin*', 'binance', 'bitcoin*', 'blockchain*', 'coinbase', 'crypto', 'crypto-*', 'cryptocurrenc*', 'defi', 'ether', 'ethereum', 'exchanges', 'nft', 'nfts', 'stablecoin*', 'token', 'tokens', 'wallet', 'wallets', 'web3'],
  culture: ['actor*', 'actress*', 'album*', 'artist*', 'author*', 'ballet', 'box office', 'broadway', 'choreograph*', 'cinema*', 'comedy', 'concert*', 'documentar*', 'exhibition*', 'festival*', 'film*', 'filmmaker*', 'galleries', 'gallery', 'hollywood', 'literary', 'museum*', 'musical*', 'musician*', 'novel*', 'novelist*', 'opera*', 'orchestra*', 'painter*', 'playwright*', 'poem*', 'poet', 'poetry', 'poets', 'premiere*', 'screenplay*', 'sculpt*', 'singer*', 'theater*', 'theatre*', 'theatrical'],
  cyber: ['backdoor*', 'botnet*', 'breach*', 'cyber', 'cyber-*', 'cyberattack*', 'cybercrim*', 'cyberespionage', 'cybersecurity', 'cyberspace', 'ddos', 'encryption', 'exploit*', 'firewall*', 'hack', 'hacked', 'hacker*', 'hacking', 'hacks', 'hacktivist*', 'infosec', 'intrusion*', 'malware', 'password*', 'phishing', 'ransomware', 'spyware', 'trojan*', 'vulnerabilit*', 'zero-day'],
  diplomacy: ['ambassador*', 'bilateral', 'consulate*', 'counterpart*', 'delegation*', 'diplomacy', 'diplomat*', 'embass*', 'envoy*', 'foreign', 'multilateral', 'negotiat*', 'sanctions', 'summit*', 'treat*', 'trilateral'],
  disaster: ['aftershock*', 'blaze', 'cyclone*', 'deadliest', 'death toll', 'debris', 'devastat*', 'disaster*', 'earthquake*', 'epicenter', 'epicentre', 'eruption*', 'evacuat*', 'firefighter*', 'landslide*', 'magnitude', 'quake*', 'rescuer*', 'richter', 'rubble', 'seismic', 'tornado*', 'torrential', 'tsunami*', 'volcan*', 'wildfire*'],
  education: ['academic*', 'campus*', 'classroom*', 'college*', 'curricul*', 'diploma*', 'enrol*', 'exam', 'exams', 'faculty', 'graduate*', 'headteacher*', 'kindergarten*', 'lecturer*', 'postgraduate*', 'pupil*', 'scholarship*', 'school', 'schools', 'student*', 'syllab*', 'teacher*', 'tuition', 'undergraduate*', 'universit*'],
  finance: ['bank', 'banks', 'bond', 'bonds', 'borrowing', 'central bank', 'currenc*', 'debt', 'debts', 'deficit*', 'dividend*', 'earnings', 'economist*', 'economy', 'euro', 'gdp', 'hedge fund*', 'inflation', 'interest', 'investor*', 'lending', 'loan*', 'market', 'markets', 'mortgage*', 'nasdaq', 'profit*', 'quarterly', 'recession', 'revenue*', 'securities', 'shareholder*', 'shares', 'stock', 'stocks', 'tax', 'taxes', 'traders', 'trading'],
  food: ['bak*', 'bread', 'cake*', 'cheese*', 'chef', 'chefs', 'chocolate*', 'cook*', 'cuisine', 'dairy', 'delicious', 'dessert*', 'dinner', 'flavo*', 'gourmet', 'ingredient*', 'kitchen*', 'lunch', 'meal*', 'menu*', 'pasta', 'pizza*', 'recipe*', 'restaurant*', 'salad*', 'sauce*', 'seafood', 'soup*', 'tast*', 'vegetable*', 'wine*'],
  health: ['ambulance*', 'antibiotic*', 'cancer*', 'clinic*', 'covid*', 'dengue', 'diabet*', 'diagnos*', 'disease*', 'doctor*', 'epidemic*', 'flu', 'healthcare', 'hiv', 'hospital*', 'hospitalis*', 'hospitaliz*', 'icu', 'illness*', 'infected', 'infection*', 'influenza', 'malaria', 'medic*', 'mortality', 'nurse*', 'outbreak*', 'pandemic*', 'paramedic*', 'patient*', 'pharmac*', 'physician*', 'pneumonia', 'surgeon*', 'surger*', 'symptom*', 'treatment*', 'tuberculosis', 'vaccin*', 'virus*'],
  labour: ['employer*', 'employment', 'hiring', 'layoff*', 'overtime', 'payroll', 'redundanc*', 'salaries', 'salary', 'strike', 'strikes', 'striking', 'unemploy*', 'union', 'unions', 'wage', 'wages', 'walkout*', 'worker', 'workers', 'workforce'],
  military: ['airstrike*', 'ammunition', 'armed forces', 'army', 'artillery', 'battalion*', 'bombard*', 'brigade*', 'ceasefire', 'combat', 'commander*', 'defence', 'defense', 'drone*', 'frontline', 'guerrilla*', 'infantry', 'insurgen*', 'invasion', 'marines', 'military', 'missile*', 'munition*', 'nato', 'navy', 'offensive', 'peacekeep*', 'regiment*', 'shelled', 'shelling', 'soldier*', 'troop*', 'warplane*', 'warship*', 'weapon*'],
  politics: ['ballot*', 'cabinet', 'campaign*', 'candidacy', 'candidate*', 'caucus*', 'city hall', 'coalition*', 'congress*', 'constituenc*', 'councillor*', 'councilor*', 'democrat*', 'elect', 'elected', 'election*', 'electoral', 'government*', 'governor*', 'gubernatorial', 'incumbent*', 'lawmaker*', 'legislat*', 'mayor*', 'minister*', 'mp', 'mps', 'nominee*', 'opposition', 'parliament*', 'political', 'politician*', 'polls', 'presidency', 'president*', 'primaries', 'referendum*', 'republican*', 'senat*', 'senator*', 'vote*', 'voter*'],
  sport: ['athlete*', 'baseball', 'basketball', 'batting', 'boxer*', 'boxing', 'breakaway', 'champion', 'championship*', 'club', 'coach*', 'cricket', 'cycling', 'cyclist*', 'defender*', 'derby', 'football', 'footballer*', 'goal', 'goalkeeper*', 'goals', 'golf*', 'half-time', 'halftime', 'hockey', 'homer*', 'inning*', 'jersey', 'jerseys', 'league*', 'marathon*', 'match', 'matches', 'medal*', 'midfielder*', 'nba', 'nfl', 'nhl', 'olympian*', 'olympic*', 'peloton', 'pitcher*', 'player*', 'playoff*', 'podium', 'quarter-final*', 'quarterback*', 'quarterfinal*', 'referee*', 'rookie*', 'rugby', 'scored', 'scorer*', 'semi-final*', 'semifinal*', 'soccer', 'sprinter*', 'squad*', 'stadium*', 'striker*', 'teammate*', 'tennis', 'touchdown*', 'tournament*', 'trophy', 'winger*'],
  technology: ['algorithm*', 'app', 'apps', 'artificial intelligence', 'broadband', 'chip*', 'computer*', 'computing', 'data', 'device*', 'digital', 'hardware', 'internet', 'microsoft', 'networking', 'online', 'platform*', 'processor*', 'robot*', 'semiconductor*', 'server*', 'smartphone*', 'software', 'startup*', 'tech', 'telecom*', 'user', 'users', 'wireless'],
  transport: ['bus', 'buses', 'commuter*', 'driver*', 'ferries', 'ferry', 'freight', 'highway*', 'metro', 'motorist*', 'motorway*', 'pedestrian*', 'railroad*', 'railway*', 'road', 'roads', 'station*', 'subway', 'taxi*', 'traffic', 'train', 'trains', 'tram*', 'transit', 'transportation', 'truck*', 'tunnel*', 'vehicle*'],
  weather: ['blizzard*', 'celsius', 'drought*', 'fahrenheit', 'flood*', 'fog', 'forecast*', 'frost*', 'gust*', 'heatwave*', 'humidity', 'hurricane*', 'meteorolog*', 'monsoon*', 'precipitation', 'rain', 'rainfall', 'rains', 'rainy', 'snow*', 'storm*', 'temperature*', 'thunderstorm*', 'typhoon*', 'weather', 'wind*'],
};
