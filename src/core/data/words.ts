/**
 * Words of current news English that the dictionaries built at install time
 * (Hunspell, WordNet 3.1, SUBTLEX-US) predate or miss. Lower case, sorted.
 * Source: written for Copydesk from wire-service usage since 2010.
 */
export const EXTRA_WORDS: readonly string[] = [
  'altcoin', 'altcoins', 'antivax', 'biometric', 'biometrics', 'calvados', 'blockchains', 'chatbot', 'chatbots', 'crypto', 'cryptocurrencies', 'cryptocurrency', 'cryptos',
  'cyber', 'cyberattack', 'cyberattacks', 'cyberbullying', 'cybercrime', 'cybercrimes', 'cybercriminal', 'cybercriminals', 'cyberdefence', 'cyberdefense',
  'cybersecurity', 'cyberspace', 'cyberthreat', 'cyberthreats', 'cyberwar', 'cyberwarfare', 'deepfakes', 'deplatform', 'deplatformed', 'detransition',
  'doxxing', 'ebook', 'ebooks', 'ecommerce', 'fintech', 'fintechs', 'geolocation', 'hacktivist', 'hacktivists', 'hashtag', 'hashtags', 'livestream',
  'livestreamed', 'livestreaming', 'malware', 'metaverse', 'microplastics', 'misinformation', 'nonprofit', 'nonprofits', 'offshoring', 'peloton', 'pelotons', 'podcast',
  'podcaster', 'podcasts', 'ransomwares', 'reshoring', 'selfie', 'selfies', 'smartphone', 'smartphones', 'stablecoin', 'stablecoins', 'startup',
  'startups', 'tokenization', 'tokenized', 'trilateral', 'vaxxed', 'webinar', 'webinars', 'wildfire', 'wildfires',
];
