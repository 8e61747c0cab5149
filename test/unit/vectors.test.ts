import { describe, expect, test } from 'vitest';
import { Context, contextVector, cosine, termVector, wordVector } from '../../src/core/vectors.js';

const words = (text: string): string[] => text.toLowerCase().split(/\s+/);

describe('word vectors', () => {
  test('decode to unit vectors that put related words closer than unrelated ones', () => {
    const theft = wordVector('theft')!;
    expect(cosine(theft, theft)).toBeCloseTo(1, 5);
    expect(cosine(theft, wordVector('robbery')!)).toBeGreaterThan(cosine(theft, wordVector('airline')!) + 0.3);
    expect(wordVector('qzxv')).toBeUndefined();
  });

  test('a crime context fits "theft" better than "flight"; an airline context the reverse', () => {
    const crime = contextVector(words('hackers stole bitcoin from exchange wallets police said the money was laundered'))!;
    const airline = contextVector(words('the airline said passengers boarded the plane at the airport before takeoff'))!;
    expect(cosine(termVector('theft')!, crime) - cosine(termVector('flight')!, crime)).toBeGreaterThan(0.2);
    expect(cosine(termVector('flight')!, airline) - cosine(termVector('theft')!, airline)).toBeGreaterThan(0.2);
  });

  test('a phrase gets the vector of its words; function words alone give none', () => {
    expect(termVector('crypto theft')).toBeDefined();
    expect(contextVector(words('the of and to in'))).toBeUndefined();
  });

  test('a context can leave a word out, exactly as if it had never been added', () => {
    const text = words('goalkeeper porter club match coach porter');
    const without = new Context(text).vector('porter')!;
    const direct = contextVector(text.filter((w) => w !== 'porter'))!;
    for (let d = 0; d < without.length; d++) expect(without[d]).toBeCloseTo(direct[d]!, 5);
    expect(new Context(['porter']).vector('porter')).toBeUndefined();
  });
});
