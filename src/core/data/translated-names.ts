/**
 * Family names that machine translation renders as English words, by the
 * English word: "South Ki-hoon" for Nam Ki-hoon (Korean *nam*, south),
 * "Nawaf Peace" for Nawaf Salam (Arabic *salam*, peace). Lower case keys,
 * sorted. Used only in a name's position (see the name-garble rule), where
 * a common English word is otherwise unlikely.
 *
 * Source: written for Copydesk from the meanings of frequent family names:
 * Korean and Chinese (Hanja/Hanzi readings), Japanese, Arabic, Turkish,
 * Spanish, Portuguese, Italian, French and German.
 */
/** Keys that are also English family names ("John Baker") or name places ("Franklin Mountains"): flagged only after a foreign given name. */
export const ENGLISH_SURNAMES: ReadonlySet<string> = new Set(['baker', 'bridge', 'butcher', 'fields', 'fisherman', 'forest', 'gold', 'king', 'mill', 'mountain', 'mountains', 'river', 'smith', 'stone', 'summer', 'tailor', 'west', 'white', 'wolf', 'young']);

export const TRANSLATED_SURNAMES: Readonly<Record<string, readonly string[]>> = {
  baker: ['Boulanger', 'Bäcker', 'Fornaro'],
  bridge: ['Ponte', 'Brücke'],
  butcher: ['Boucher', 'Carnicero', 'Metzger'],
  churches: ['Iglesias'],
  crescent: ['Hilal'],
  east: ['Dong'],
  fields: ['Campos', 'Tanaka'],
  fisherman: ['Pescador', 'Fischer'],
  forest: ['Hayashi', 'Lin', 'Mori'],
  gold: ['Kim', 'Jin'],
  happy: ['Said', 'Saeed'],
  iron: ['Demir'],
  king: ['Wang', 'Rey', 'König'],
  mill: ['Molina'],
  mountain: ['Yamada', 'Montes', 'Dağ'],
  mountains: ['Montes'],
  peace: ['Salam', 'Barış'],
  plum: ['Lee', 'Li'],
  river: ['Kang', 'Rivera'],
  smith: ['Herrero', 'Ferrari', 'Schmidt', 'Demirci'],
  south: ['Nam'],
  squid: ['Lula'],
  stone: ['Taş', 'Ishii', 'Stein'],
  summer: ['Ha'],
  tailor: ['Schneider', 'Sastre'],
  west: ['Seo'],
  white: ['Baek', 'Bai', 'Blanco', 'Weiss'],
  wolf: ['Lobo', 'Kurt'],
  young: ['Yoon', 'Yang'],
};
