import { describe, expect, test } from 'vitest';
import { findings } from '../../helpers/lint.js';

const rule = 'name-garble';
const show = (text: string): string[] => findings(text, rule).map((f) => `${f.actual} → ${f.suggestions[0] ?? '(none)'}`);

describe(rule, () => {
  test.each([
    ['Police chief South Ki-hoon said the ring was based abroad.', ['South Ki-hoon → Nam Ki-hoon']],
    ['Talks were led by the young Jong-kwon, director general.', ['young Jong-kwon → Yoon Jong-kwon']],
    ['Prime Minister Nawaf Peace met the envoy.', ['Nawaf Peace → Nawaf Salam']],
    ['A header by Iván Churches won the match.', ['Iván Churches → Iván Iglesias']],
    ['President Squid signed the decree on Monday.', ['Squid → Lula']],
    ['Striker Mehmet Falcon scored twice.', ['Mehmet Falcon → Mehmet Şahin']],
    // A courtesy title translated word for word: Vietnamese kinship titles, Chinese lao and xiao.
    ['The dealer, Grandfather Tran Quoc Hung, said sales rose.', ['Grandfather Tran Quoc Hung → Mr Tran Quoc Hung']],
    ['Rescuers reached Grandmother Nguyen Thi Lan, 82, at dawn.', ['Grandmother Nguyen Thi Lan → Ms Nguyen Thi Lan']],
    ['Old Wang has sold noodles on the corner for 30 years.', ['Old Wang → Lao Wang']],
  ])('flags %j', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });

  test.each([
    'Minister Lee Sang-min and President Moon Jae-in met.',
    'John Baker and Anne Stone testified.',
    'They hiked the Franklin Mountains.',
    'Homes in suburban Bel-Air sold quickly.',
    'He met Kim Ki-hoon and said Ki-hoon was right.',
    "The glamour of President Kennedy's Peace Corps faded.",
    'Bishops of the Roman and Anglican Churches met in London.',
    'The novel is set in the American South.',
    'Anyone for musical ping-pong?',
    'President Brown and Senator Fox met; Judge Rock Hudson did not.',
    'The President Lion Air jet landed.',
    'Maria Black and Thomas Miller spoke.',
    // An epithet, a name that is not Vietnamese, an English word or a full name after "Old".
    'Portraits of Uncle Ho hang in every office, and Uncle Billy Tilghman told stories.',
    'Aunt Lee Ann came, Old Song was played, and Little Wang Li sang.',
    'Lam Ka-chan and Chan Tai-man spoke to reporters.',
  ])('leaves %j alone', (text) => {
    expect(show(text)).toEqual([]);
  });
});
