import { describe, expect, test } from 'vitest';
import { findings, lint } from '../../helpers/lint.js';

const rule = 'unsourced-figure';
const flagged = (text: string, settings?: Record<string, unknown>): string[] => findings(text, rule, settings).map((f) => `${f.actual} (${f.severity})`);

describe(rule, () => {
  test.each([
    ['Hackers stole $310 million from exchanges last year.', ['$310 million (warning)']],
    ['Unemployment rose to 7.2% in March.', ['7.2% (warning)']],
    ['More than 300 people attended the opening.', ['More than 300 people (warning)']],
    ['Seoul is the world’s third-busiest airport hub.', ['third-busiest (warning)']],
    ['Floods killed 14 villagers in the north.', ['14 villagers (warning)']],
    ['The council employs 2,400 staff across the region.', ['2,400 staff (warning)']],
    ['The forum drew over 60 industry experts and 40 police officers.', ['over 60 industry experts (warning)', '40 police officers (information)']],
    ['More than half of all flights were late.', ['More than half (warning)']],
    ['The network ran call centres in 14 cities.', ['14 cities (information)']],
    ['"Prices have collapsed," said Ana Ruiz, who farms 200 hectares near Jaén.', ['200 hectares (information)']],
    // A named body's own transaction: it is the natural source, so the figure is shown quietly; an alleged act is a claim.
    ['The teachers association offered a $5,000 reward for information.', ['$5,000 (information)']],
    ['Novak and Reyes are accused of selling $4,700 worth of heroin to a pharmacist.', ['$4,700 (warning)']],
    // The terms of a document the sentence names are shown quietly; a plan's figure without the plan as subject is a claim.
    ['The Kennedy plan alone would raise the tax base to $5,000 and the tax to 6.5 per cent.', ['$5,000 (information)', '6.5 per cent (information)']],
    ['Taxes would rise to 6.5 per cent under pressure from the plan.', ['6.5 per cent (warning)']],
    // A duration is a plain fact even when approximate; a bare number after "rose by" is no age.
    ['It is unclear, after nearly 12 months in office, which way the administration will go.', ['nearly 12 months (information)']],
    ['Losses rose by 28, and 300 jobs were lost last year.', ['28 (warning)', '300 jobs (warning)']],
  ])('flags %j', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });

  test.each([
    'Hackers stole $310 million from exchanges last year, police said.',
    // A court's hearing, a body's survey or figures named by preposition are sources.
    'The gang escaped with watches worth £4.2 million, a jury at Southwark Crown Court heard on Tuesday.',
    'The court heard that the firm lost $3 million.',
    'Its latest survey of market participants showed expectations of inflation of 24% in a year\'s time.',
    'Inflation stood at 2.9% in a Eurostat report on Monday.',
    // A number that names a place on a course is no figure; a document the parties issue is a source.
    'The safety car came out when Ishida hit the wall at turn 10.',
    'Shareholders of Alder will own 58% of the new company, according to a joint statement.',
    'According to the central bank, inflation rose to 3.1% in May.',
    'He said North Korean hackers had stolen $310 million. Kim made the claim on Tuesday.',
    'The agency lost $2 billion reported by the UN in 2019.',
    'Emphasising that more than 50 countries hold elections this year, Goldberg called for talks.',
    '"We lost 40% of our customers," said Ana Ruiz, who runs the shop.',
    'Losses reached $4 million. Prices fell 3%. Both figures come from the annual report, the company said.',
    'The German Weather Service (DWD) said it had measured gusts of up to 140 kilometres per hour.',
    'Victims lost $12 million\nFraud Ring Broken Up',
    'The festival, held since 2000, marked its 25th edition this year.',
    'Victim of the crash was John Hale, 39.',
    'He paid $1.80 for coffee.',
    // Accusing and answering verbs attribute too (PARC cue verbs).
    'The city paid for repairs on 75 joints, of which no more than 21 were fixed, the inspector Hemphill charged.',
    'Costs had tripled to $4 million since 2020, Mayor Ortiz conceded.',
    'Shares closed at $12.50 a share on Friday.',
    'The 13 schools will reopen on Monday.',
    'He scored 22 goals and made 38 appearances for the club, the league’s top striker.',
    'Some estimates put losses at $3 trillion a year.',
    'The plan covers persons over 65 and children under 12.',
    'The visitors equalised in minute 93 thanks to a header.',
    'By 1921 its debts had been paid off.',
    'Governor Ruiz called "cautious" his estimate that the levy would raise 12 million dollars next year.',
    'In college libraries, 57 per cent of the books are owned by 124 institutions surveyed by the Office of Education.',
    // An anonymous source described by its body, and reporting phrases built on a noun.
    'A Highway Department source said the state would issue $3 million to $4 million of bonds.',
    'Mr. Hawksley spoke on Monday. He expressed the opinion that the city could hire a director for about $3,500 a year.',
    'The mayor spoke on Monday. She was of the view that about 40 per cent of the roads needed repair.',
    // Ages ("169 years old", "Ervin Lang, then 28,") and a price for each of several things.
    'The avenue, now about 169 years old, has seen great parades.',
    'She was jailed for the murder of her son-in-law, Ervin Lang, then 28, and spent years in prison.',
    'He cashed three checks for $100 each at the hotel.',
    'Coal delivered by ship will be about $2.80 a ton cheaper than coal delivered by rail.',
    'Services for the girl, who died of burns at the hospital, are set for 10 a.m. tomorrow.',
    'The plan covers the hospital bills of Americans over 65.',
  ])('leaves %j alone', (text) => {
    expect(flagged(text)).toEqual([]);
  });

  test('offers "according to [source]" at the end of the sentence', () => {
    const [finding] = findings('Hackers stole $310 million last year.', rule);
    expect(finding!.fixes).toEqual([{ title: 'Add "according to [source]" at the end of the sentence', edits: [{ start: 36, end: 36, text: ', according to [source]', expect: '' }] }]);
  });

  test('copydesk.checkedFigures silences a figure, everywhere or for one file', () => {
    const text = 'Hackers stole $310 million last year.';
    expect(lint(text, rule, { 'copydesk.checkedFigures': ['$310 million'] })).toEqual([]);
    expect(findings(text, rule, { 'copydesk.checkedFigures': { 'test.txt': ['$310 million'] } })).toEqual([]);
    expect(findings(text, rule, { 'copydesk.checkedFigures': { 'other.txt': ['$310 million'] } })).toHaveLength(1);
  });
});
