import { describe, expect, test } from 'vitest';
import { lint } from '../../helpers/lint.js';

const rule = 'acronym-expansion';

describe(rule, () => {
  test.each([
    ['He said the Internet & Security Agency (Kisa) was hacked.', ['1:41-1:45 `Kisa` does not fit `Internet & Security Agency`: no word starts with K']],
    ['The Ministry of Interior (MOIS) said so.', ['1:27-1:31 `MOIS` does not fit `Ministry of Interior`: its letters are not found in order']],
    [
      'The Cyber Response Centre (CRC) opened. Later the Crime Reporting Council (CRC) said it had closed.',
      ['1:51-1:74 `CRC` is spelled out as `Crime Reporting Council` here but as `Cyber Response Centre` earlier → Cyber Response Centre'],
    ],
  ])('flags %j', (text, expected) => {
    expect(lint(text, rule)).toEqual(expected);
  });

  test.each([
    'The Economic and Social Council (ECOSOC) met.',
    'The UN Office on Drugs and Crime (UNODC) reported.',
    'The International Symposium on Cybercrime Response 2024 (ISCR 2024) opened.',
    'Reps. V. E. (Red) Berry spoke.',
    'New York (AP) -- Stocks rose.',
    'He lives in Troy (N.Y.) now.',
    'Standard Oil (Indiana) gained.',
    // English renderings of the original-language name, as edited English writes them.
    'Peru\'s National Office of Electoral Processes (ONPE) said the count was complete.',
    'Brazil\'s Supreme Federal Court (STF) upheld the ruling.',
    'The Christian Democrats (CDU) and the Social Democrats (SPD) agreed on the budget.',
    'Portugal\'s regulator, the Comissão do Mercado de Valores Mobiliários (CMVM), opened an inquiry.',
  ])('leaves %j alone', (text) => {
    expect(lint(text, rule)).toEqual([]);
  });
});
