/**
 * Fixed phrases of news English whose words cannot be swapped for synonyms:
 * terms of technology, finance, health, aviation and institutions whose
 * meaning is more than the sum of their words ("machine learning", "bear
 * market", "side effects"). The fixed-phrase rule flags near misses where a
 * spinner swapped a word for a thesaurus synonym ("counterfeit intelligence",
 * "profound learning", "cloud figuring").
 *
 * Compositional phrases ("trade union", "health care", "general election")
 * are deliberately left out: a synonym there makes an ordinary phrase
 * ("trade relations", "health ministry"), not a garble.
 *
 * Left out as well, because swaps of their general words are ordinary
 * English on the whole Brown corpus: "common sense" ("common experience"),
 * "real time" ("proper time"), "public opinion" ("public sentiment"),
 * "cost of living" ("cost of maintaining"), "world record", "head of
 * state", "first aid", "personal best". So are discourse phrases whose
 * variants are edited English ("around the world" / "across the world",
 * "on the other hand", "in the first place", "at the same time", "in recent
 * years") and compositional terms ("tax return", "middle class", "nuclear
 * power", "state of emergency"): each candidate was checked with
 * `npm run lexicon -- --clean` and kept only if it added no finding there.
 *
 * Lower case, sorted. Source: written for Copydesk from the vocabulary of
 * wire-service technology, business, personal finance, health, science,
 * politics, courts, sport and transport sections, and news idioms ("rule of
 * thumb", "red tape", "level playing field"); the synonyms come from WordNet
 * and the Moby Thesaurus at install time.
 */
export const FIXED_PHRASES: readonly string[] = [
  'acid rain', 'air force', 'air strike', 'air traffic control', 'arms control', 'arms race', 'arrest warrant', 'artificial intelligence',
  'as a matter of fact', 'augmented reality', 'balance sheet', 'ballistic missile', 'ballot box', 'bear market', 'big data', 'birth rate',
  'black box', 'black market', 'blood donation', 'blood pressure', 'blood sugar', 'blood test', 'boarding pass', 'body clock', 'body mass index',
  'bone marrow', 'brain drain', 'breaking news', 'bull market', 'burden of proof', 'cabin crew', 'capital gains', 'car park', 'carbon capture',
  'carbon dioxide', 'carbon footprint', 'cash cow', 'cash flow', 'cell phone', 'central bank', 'circadian rhythm', 'circular economy',
  'civil servant', 'civil society', 'civil war', 'class action', 'climate change', 'clinical trial', 'cloud computing', 'coast guard', 'cold war',
  'common ground', 'community service', 'compound interest', 'computer science', 'computer virus', 'computer vision', 'contempt of court',
  'controlled trial', 'corner kick', 'credit card', 'credit crunch', 'credit rating', 'crime scene', 'crude oil', 'current account', 'cutting edge',
  'dark horse', 'data breach', 'data center', 'data science', 'death penalty', 'death row', 'death toll', 'deep learning', 'denial of service',
  'digital currency', 'double standard', 'driving licence', 'driving test', 'due process', 'eating disorder', 'electric car', 'electric vehicle',
  'emergency fund', 'emergency landing', 'emergency room', 'emerging markets', 'endangered species', 'exchange rate', 'extra time',
  'facial recognition', 'fake news', 'fast food', 'fire brigade', 'flash flood', 'flight data recorder', 'flu season', 'food and drug administration',
  'food bank', 'food chain', 'food poisoning', 'food security', 'fossil fuels', 'free kick', 'free trade', 'friendly fire', 'game changer',
  'general strike', 'generative ai', 'gig economy', 'glass ceiling', 'global warming', 'gold medal', 'golden parachute', 'grand jury', 'grand prix',
  'grand slam', 'grass roots', 'greenhouse effect', 'greenhouse gas', 'gross domestic product', 'ground zero', 'hard drive', 'hat trick',
  'hate crime', 'health insurance', 'heart attack', 'heart disease', 'heat wave', 'hedge fund', 'herd immunity', 'high school', 'high speed rail',
  'high street', 'higher education', 'home run', 'house arrest', 'housing market', 'human rights', 'human shield', 'human trafficking',
  'humanitarian aid', 'hunger strike', 'immune response', 'immune system', 'in other words', 'in the long run', 'index fund',
  'initial public offering', 'injury time', 'intensive care', 'intensive farming', 'interest rate', 'internet of things', 'jet lag', 'job market',
  'junk bonds', 'junk food', 'labor shortage', 'labour market', 'labour shortage', 'lame duck', 'landslide victory', 'language model',
  'large language model', 'last but not least', 'law enforcement', 'lead author', 'leading cause of death', 'level playing field', 'life expectancy',
  'life insurance', 'life sentence', 'life support', 'machine learning', 'market share', 'martial law', 'match point', 'maternity leave',
  'mental health', 'minimum wage', 'miscarriage of justice', 'mobile phone', 'money laundering', 'mutual fund', 'natural disaster', 'natural gas',
  'natural language processing', 'net worth', 'neural network', 'nuclear weapons', 'oil spill', 'open source', 'operating system', 'organ donor',
  'organised crime', 'organized crime', 'outer space', 'own goal', 'ozone layer', 'panic attack', 'parental leave', 'parking lot',
  'pay yourself first', 'paycheck to paycheck', 'peace talks', 'peer review', 'penalty kick', 'penalty shootout', 'pension fund', 'photo finish',
  'placebo effect', 'plea bargain', 'plea deal', 'point of no return', 'pole position', 'polling station', 'power grid', 'power plant',
  'press conference', 'press freedom', 'press release', 'primary school', 'prime minister', 'private equity', 'private sector', 'profit margin',
  'public sector', 'public transport', 'public transportation', 'quantitative easing', 'quantum computing', 'rain forest', 'random forest',
  'randomised controlled trial', 'randomized controlled trial', 'real estate', 'red card', 'red line', 'red meat', 'red tape', 'refugee camp',
  'renewable energy', 'retirement age', 'risk factor', 'rule of law', 'rule of thumb', 'rush hour', 'safe haven', 'sample size', 'sea level',
  'search and rescue', 'search engine', 'search warrant', 'security council', 'shopping centre', 'sick leave', 'side effects', 'silver bullet',
  'silver lining', 'sleep apnea', 'smart contract', 'social media', 'soft power', 'solar panel', 'solar system', 'solitary confinement', 'sound bite',
  'source code', 'sovereign wealth fund', 'space station', 'speed camera', 'speed limit', 'standard deviation', 'state of the art', 'stem cells',
  'stock exchange', 'stock market', 'stock options', 'supply chain', 'supreme court', 'suspended sentence', 'take home pay', 'tax evasion',
  'tax haven', 'think tank', 'time zone', 'tip of the iceberg', 'track record', 'trade deficit', 'trade war', 'traffic jam', 'traffic light',
  'transfer window', 'tropical storm', 'type 1 diabetes', 'type 2 diabetes', 'universal basic income', 'user interface', 'value chain',
  'venture capital', 'vicious circle', 'video game', 'virtual reality', 'vital signs', 'voice vote', 'vote of confidence', 'war crimes',
  'weapons of mass destruction', 'web browser', 'welfare state', 'white blood cells', 'white elephant', 'white paper', 'wild animals', 'wild card',
  'wind farm', 'wind turbine', 'witch hunt', 'world cup', 'yellow card',
];
