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
 * state", "first aid", "personal best".
 *
 * Lower case, sorted. Source: written for Copydesk from the vocabulary of
 * wire-service technology, business, personal finance, health, science,
 * politics, courts, sport and transport sections, and news idioms ("rule of
 * thumb", "red tape", "level playing field"); the synonyms come from WordNet
 * and the Moby Thesaurus at install time.
 */
export const FIXED_PHRASES: readonly string[] = [
  'air force', 'air strike', 'air traffic control', 'arms race', 'artificial intelligence', 'balance sheet', 'ballistic missile', 'ballot box',
  'bear market', 'big data', 'birth rate', 'black box', 'black market', 'blood donation', 'blood pressure', 'blood sugar', 'boarding pass', 'body clock',
  'body mass index', 'breaking news', 'bull market', 'cabin crew', 'carbon dioxide', 'carbon footprint', 'cash flow', 'cell phone', 'central bank',
  'circadian rhythm', 'civil servant', 'civil society', 'civil war', 'climate change', 'clinical trial', 'cloud computing', 'cold war',
  'compound interest', 'computer science', 'computer vision', 'controlled trial', 'credit card', 'credit rating', 'crude oil', 'current account',
  'data breach', 'data science', 'death penalty', 'death toll', 'deep learning', 'denial of service', 'digital currency', 'driving licence',
  'due process', 'electric vehicle', 'emergency fund', 'emergency landing', 'endangered species', 'exchange rate', 'extra time', 'facial recognition',
  'fake news', 'fast food', 'fire brigade', 'flight data recorder', 'food and drug administration', 'food chain', 'food poisoning',
  'fossil fuels', 'free kick', 'free trade', 'game changer', 'generative ai', 'global warming', 'gold medal', 'grand jury', 'grand prix', 'grand slam',
  'greenhouse effect', 'greenhouse gas', 'gross domestic product', 'hat trick', 'heart attack', 'heat wave', 'hedge fund', 'high school', 'high street',
  'higher education', 'housing market', 'human rights', 'human trafficking', 'humanitarian aid', 'immune response', 'immune system', 'index fund',
  'injury time', 'intensive care', 'intensive farming', 'interest rate', 'jet lag', 'job market', 'junk bonds', 'junk food', 'labour market',
  'landslide victory', 'language model', 'law enforcement', 'lead author', 'leading cause of death', 'level playing field', 'life expectancy',
  'life sentence', 'machine learning', 'market share', 'martial law', 'mental health', 'minimum wage', 'mobile phone', 'money laundering', 'mutual fund',
  'natural gas', 'natural language processing', 'net worth', 'neural network', 'nuclear weapons', 'oil spill', 'open source', 'operating system',
  'organ donor', 'organised crime', 'organized crime', 'outer space', 'own goal', 'panic attack', 'pay yourself first', 'paycheck to paycheck',
  'peace talks', 'peer review', 'penalty kick', 'pension fund', 'placebo effect', 'plea bargain', 'plea deal', 'point of no return',
  'polling station', 'power grid', 'power plant', 'press conference', 'press freedom', 'press release', 'primary school', 'prime minister',
  'private equity', 'profit margin', 'quantum computing', 'rain forest', 'random forest', 'randomised controlled trial', 'randomized controlled trial',
  'real estate', 'red card', 'red meat', 'red tape', 'refugee camp', 'renewable energy', 'risk factor', 'rule of law', 'rule of thumb', 'rush hour',
  'safe haven', 'sample size', 'sea level', 'search and rescue', 'search engine', 'security council', 'shopping centre', 'side effects', 'silver lining',
  'sleep apnea', 'smart contract', 'social media', 'solar panel', 'solar system', 'source code', 'space station', 'speed limit', 'standard deviation',
  'stem cells', 'stock exchange', 'stock market', 'supply chain', 'supreme court', 'take home pay', 'tax haven', 'time zone', 'tip of the iceberg',
  'trade deficit', 'trade war', 'traffic jam', 'user interface', 'venture capital', 'video game', 'virtual reality', 'vital signs', 'vote of confidence',
  'war crimes', 'web browser', 'white paper', 'wild animals', 'wind farm', 'world cup', 'yellow card',
];
