/**
 * Names the lexical resources built at install time miss: news
 * organisations, international bodies and regions of current affairs, and
 * acronyms that are common nouns rather than names ("AI", "CCTV").
 * Sorted. Source: written for Copydesk from wire-service usage.
 */

/** Organisations often named in international news, as they spell themselves. */
export const KNOWN_ORGANIZATIONS: ReadonlySet<string> = new Set([
  'AFP', 'Agence France-Presse', 'Al Jazeera', 'Amnesty International', 'Associated Press', 'BBC', 'Bloomberg', 'CNN', 'Chosun Ilbo', 'Cryptonews',
  'Dong-A Ilbo', 'ECOSOC', 'EU', 'Europol', 'Financial Times', 'Hankyoreh', 'Human Rights Watch', 'IAEA', 'IMF', 'ITU', 'Interpol', 'JoongAng Daily',
  'KCNA', 'Korea Herald', 'Korea JoongAng Daily', 'Korea Times', 'Kyodo', 'Lazarus', 'Lazarus Group', 'NATO', 'Nato', 'OECD', 'OPEC', 'Red Cross',
  'Reuters', 'U.N.', 'UN', 'UNESCO', 'UNICEF', 'UNODC', 'WHO', 'WTO', 'World Bank', 'Xinhua', 'Yonhap',
]);

/** Regions and places of current affairs, and major cities WordNet 3.1 lacks. */
export const KNOWN_PLACES: ReadonlySet<string> = new Set([
  'Abu Dhabi', 'Abuja', 'Addis Ababa', 'Ahmedabad', 'Almaty', 'Amman', 'Ankara', 'Astana', 'Baku', 'Bandung', 'Bengaluru', 'Bishkek', 'Brasília', 'Busan',
  'Casablanca', 'Cebu', 'Changwon', 'Chengdu', 'Chennai', 'Chongqing', 'Da Nang', 'Daegu', 'Daejeon', 'Davao', 'Dnipro', 'Doha', 'Dubai', 'Durban',
  'Fukuoka', 'Guangzhou', 'Gwangju', 'Hangzhou', 'Ho Chi Minh City', 'Hyderabad', 'Incheon', 'Islamabad', 'Izmir', 'Jeddah', 'Jeju', 'Kaesong', 'Kharkiv',
  'Kobe', 'Kolkata', 'Kyiv', 'Lahore', 'Lviv', 'Mariupol', 'Medellín', 'Mumbai', 'Nagoya', 'Nanjing', 'Odesa', 'Penang', 'Phnom Penh', 'Pune', 'Quezon City',
  'Ramallah', 'Riyadh', 'Sapporo', 'Sejong', 'Shenzhen', 'Surabaya', 'Suwon', 'Tianjin', 'Ulsan', 'Wuhan', "Xi'an", 'Yangon', 'Yokohama',
  'Asia-Pacific', 'Balkans', 'Caucasus', 'Central Asia', 'East Asia', 'Eastern Europe', 'Gaza', 'Gaza Strip', 'Gulf', 'Horn of Africa', 'Indo-Pacific',
  'Korean Peninsula', 'Latin America', 'Middle East', 'Northeast Asia', 'Pacific', 'Sahel', 'South Asia', 'Southeast Asia', 'U.K.', 'U.S.', 'UK', 'US',
  'USA', 'West Bank', 'Western Europe',
]);

/** Acronyms used as common nouns: not organisations. */
export const COMMON_ACRONYMS: ReadonlySet<string> = new Set([
  'AD', 'AI', 'AIDS', 'AM', 'API', 'ATM', 'BC', 'CCTV', 'CEO', 'CFO', 'CO2', 'COO', 'COVID', 'CTO', 'DDoS', 'DNA', 'DVD', 'ETF', 'FAQ', 'GDP', 'GMT',
  'GPS', 'HIV', 'HR', 'ICT', 'ID', 'IPO', 'IQ', 'IT', 'IoT', 'KST', 'LED', 'LNG', 'LPG', 'MOU', 'MP', 'MPs', 'NFT', 'NFTs', 'OK', 'PC', 'PDF', 'PM',
  'PR', 'Q&A', 'R&D', 'RNA', 'SMS', 'SUV', 'TV', 'UFO', 'USB', 'UTC', 'VAT', 'VIP', 'VPN', 'WMD',
]);
