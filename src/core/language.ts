/**
 * Guesses the language of a single word from its letters, with character
 * trigram models of English and of the languages machine translation most
 * often leaves words from (built at install time from each language's
 * Hunspell word list; see scripts/build-data.mjs). "vereadores" reads as
 * Portuguese, "manifestants" as French, "frauded" as English.
 */
import { LANGUAGES, TRIGRAMS } from './data/generated/lexicon.js';

interface Model {
  floor: number;
  logp: Map<string, number>;
}

let models: Map<string, Model> | undefined;

function load(): Map<string, Model> {
  if (models) return models;
  models = new Map();
  for (const [lang, { floor, data }] of Object.entries(TRIGRAMS)) {
    const logp = new Map<string, number>();
    for (let i = 0; i + 3 < data.length; i += 4) logp.set(data.slice(i, i + 3), (data.charCodeAt(i + 3) - 33) / 8 + floor);
    models.set(lang, { floor, logp });
  }
  return models;
}

/** Mean log-probability per trigram of a lower-case word under one language's model. */
function score(model: Model, word: string): number {
  const padded = `^^${word}$`;
  let sum = 0;
  for (let i = 2; i < padded.length; i++) sum += model.logp.get(padded.slice(i - 2, i + 1)) ?? model.floor;
  return sum / (padded.length - 2);
}

/** The foreign language a word reads as, and by how much it beats English (nats per letter), if any does. */
export function foreignLanguage(word: string): { code: string; name: string; margin: number } | undefined {
  const lower = word.toLowerCase();
  if (!/^\p{Ll}{3,}$/u.test(lower)) return undefined;
  const all = load();
  const english = score(all.get('en')!, lower);
  let best: { code: string; value: number } | undefined;
  for (const [code, model] of all) {
    if (code === 'en') continue;
    const value = score(model, lower);
    if (!best || value > best.value) best = { code, value };
  }
  if (!best || best.value <= english) return undefined;
  return { code: best.code, name: LANGUAGES[best.code] ?? best.code, margin: best.value - english };
}
