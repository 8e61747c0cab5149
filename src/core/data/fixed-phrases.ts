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
 * Lower case, sorted. Source: written for Copydesk from the vocabulary of
 * wire-service technology, business, health and transport sections; the
 * synonyms come from WordNet and the Moby Thesaurus at install time.
 */
export const FIXED_PHRASES: readonly string[] = [
  'air force', 'air traffic control', 'artificial intelligence', 'bear market', 'big data', 'black box', 'black market', 'blood pressure', 'bull market',
  'cabin crew', 'central bank', 'clinical trial', 'cloud computing', 'cold war', 'computer vision', 'deep learning', 'denial of service', 'emergency landing',
  'facial recognition', 'flight data recorder', 'food and drug administration', 'free trade', 'generative ai', 'greenhouse gas', 'gross domestic product',
  'hedge fund', 'human rights', 'immune system', 'intensive care', 'interest rate', 'language model', 'law enforcement', 'leading cause of death',
  'machine learning', 'money laundering', 'natural language processing', 'neural network', 'open source', 'operating system', 'private equity',
  'quantum computing', 'random forest', 'real estate', 'search engine', 'side effects', 'smart contract', 'social media', 'stock market', 'supply chain',
  'supreme court', 'venture capital', 'virtual reality', 'white paper', 'world cup',
];
