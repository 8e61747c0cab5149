/**
 * Cases for the senses-frequent-1 table (see ../lexicon.test.ts).
 */
import type { LexiconCase } from '../lexicon-cases.js';
import { MT } from './context.js';

/** Context that makes a paragraph a crime story. */
const CRIME = 'Police arrested a suspect, and the court will hear the case.';
/** Context for a sport story. */
const SPORT = 'The striker scored twice and the coach praised the defenders after the match.';
/** Context for a business and finance story. */
const BUSINESS = 'The company told investors that sales and revenue beat forecasts, and its shares rose.';
/** Context for a politics story. */
const POLITICS = 'The government and the opposition clashed in parliament before the election.';
/** Context for a labour story. */
const LABOUR = 'Workers and their unions called a strike over wages.';
/** Context for a war story. */
const MILITARY = 'Troops and artillery units held the frontline as drones and missiles struck overnight.';
/** Context for a transport story. */
const TRANSPORT = 'Traffic on the motorway slowed as trucks and vans queued near the toll plaza.';
/** Context for an education story. */
const EDUCATION = 'Teachers said pupils at the school and university students would sit the exam.';
/** Context for a food story. */
const FOOD = 'The chef served a dinner of soup, pasta and cake at the restaurant.';

export const CASES: readonly LexiconCase[] = [
  { key: 'addition', flagged: [{ text: `${FOOD} After dinner, the guests paid the addition and left.`, expected: 'bill' }], correct: [`${FOOD} The owner will pay for the addition of a terrace.`, `${FOOD} The chef asked for the addition of more salt.`] },
  { key: 'approved', flagged: [{ text: `${EDUCATION} Only half of the pupils approved the final exam.`, expected: 'passed' }], correct: [`${EDUCATION} The ministry approved the final exam timetable.`, `${EDUCATION} The board approved the exam.`] },
  { key: 'band', flagged: [{ text: `${CRIME} Officers dismantled a criminal band that stole cars.`, expected: 'gang' }], correct: [`${CRIME} The victim's favourite band played at the funeral.`, `${CRIME} The band was arrested after a concert.`] },
  { key: 'bands', flagged: [{ text: `${SPORT} The winger ran down the left band and crossed.`, expected: 'wing' }], correct: [`${SPORT} The band played the anthem before kick-off.`, `${SPORT} Players wore a black band on the left arm.`] },
  { key: 'cause', flagged: [{ text: `${CRIME} The prosecutor opened a criminal cause against the mayor.`, expected: 'case' }], correct: [`${CRIME} The lawyer filed a cause of action for damages.`, `${CRIME} The cause of the fire is unknown.`] },
  { key: 'census', flagged: [{ text: 'More than 35 million voters are registered in the electoral census.', expected: 'roll' }], correct: ['The census counted 47 million people.'] },
  { key: 'chain', flagged: [{ text: 'The interview was broadcast by the television chain TF1.', expected: 'network' }], correct: ['The TV chain store closed in March.', 'Supermarket chains raised prices.'] },
  { key: 'civil', flagged: [{ text: `${MILITARY} The bombing caused many civil victims in the city.`, expected: 'civilian' }], correct: [`${MILITARY} The army was accused of civil rights abuses.`, `${MILITARY} A civil war broke out in 1991.`] },
  { key: 'cold', flagged: [{ text: `${CRIME} The attacker was armed with a cold weapon.`, expected: 'bladed' }], correct: ['The cold weather will last until Sunday.', 'The Cold War weapons race ended in 1991.'] },
  { key: 'commerce', flagged: [{ text: 'She runs a commerce in the old town.', expected: 'shop' }], correct: ['The chamber of commerce backed the plan.', 'Online commerce grew fast.'] },
  { key: 'conducted', flagged: [{ text: `${TRANSPORT} The man conducted a stolen car at high speed.`, expected: 'drove' }], correct: [`${TRANSPORT} Officers conducted a vehicle check on the motorway.`, `${TRANSPORT} The ministry conducted a study of road safety.`] },
  { key: 'conference', flagged: [{ text: 'The writer gave a conference on Cervantes at the university.', expected: 'lecture' }], correct: ['The minister gave a press conference on Monday.', 'The team gave a conference rival a scare.'] },
  { key: 'contest', flagged: [{ text: `${BUSINESS} The builder applied for a contest of creditors in Madrid.`, expected: 'insolvency proceedings' }], correct: ['She won a contest of skill.', 'The contest of ideas continues.'] },
  { key: 'contested', flagged: [{ text: 'The mayor contested the phone and said he was busy.', expected: 'answered' }], correct: ['The mayor contested the election result in court.', 'Lawyers contested the questions asked by the judge.'] },
  { key: 'equipment', flagged: [{ text: `${SPORT} The visiting equipment scored twice in the first half.`, expected: 'team' }], correct: [`${SPORT} Rival equipment makers paid millions to sponsor the club.`, `${SPORT} New training equipment arrived at the stadium.`] },
  { key: 'experience', flagged: [{ text: 'The scientists carried out an experience with mice.', expected: 'experiment' }], correct: ['The scientists carried out the work with years of experience.', 'She performed the role with great experience.'] },
  { key: 'firm', flagged: [{ text: `${POLITICS} The firm of the peace agreement was delayed.`, expected: 'signing' }], correct: [`${BUSINESS} A firm of accountants checked the books.`, `${BUSINESS} The law firm of the agreement's author was paid.`] },
  { key: 'firms', flagged: [{ text: `${POLITICS} Activists collected 50,000 firms for the referendum.`, expected: 'signatures' }], correct: [`${BUSINESS} The survey collected data from 500 firms.`, `${BUSINESS} More than 300 firms attended the fair.`] },
  { key: 'freedom', flagged: [{ text: `${CRIME} The judge granted him provisional freedom until the trial.`, expected: 'release' }], correct: ['Protesters demanded freedom of speech.', 'Press freedom is under threat.'] },
  { key: 'fund', flagged: [{ text: 'The two sides have not discussed the fund of the matter.', expected: 'substance' }], correct: ['The relief fund of the conflict zone raised millions.', 'The pension fund of the company lost money.'] },
  { key: 'informations', flagged: [{ text: 'According to informations from the ministry, the talks failed.', expected: 'information' }], correct: ['According to information from the ministry, the talks failed.'] },
  { key: 'letter', flagged: [{ text: 'He wrote the letter of the song in one night.', expected: 'lyrics' }], correct: ['He wrote a letter to the minister.', 'The letter of the law is clear.'] },
  { key: 'light', flagged: [{ text: `${BUSINESS} The government promised to cut the price of light for families.`, expected: 'electricity' }], correct: [`${BUSINESS} LED bulbs cut the cost of light for homes.`, `${BUSINESS} In light of the results, prices rose.`] },
  { key: 'matter', flagged: [{ text: 'The two countries signed deals in matter of security and trade.', expected: 'terms' }], correct: ['Scientists study the behaviour of light in matter.', 'No matter what happens, the talks will go on.'] },
  { key: 'means', flagged: [{ text: 'Local means reported that the mayor had resigned.', expected: 'media' }], correct: ['He was a man of independent means.', 'The town has no local means of transport.', 'The government will use national means to fight the fires.'] },
  { key: 'media', flagged: [{ text: `${SPORT} The striker has a media of two goals per match.`, expected: 'average' }], correct: [`${SPORT} The media of 30 countries covered the match.`, `${SPORT} Local media praised the coach.`] },
  { key: 'meeting', flagged: [{ text: `${POLITICS} The candidate held an electoral meeting in Seville.`, expected: 'rally' }], correct: [`${POLITICS} The cabinet meeting ended before 100 journalists arrived.`, `${POLITICS} The electoral commission held a meeting on Monday.`] },
  { key: 'ministry', flagged: [{ text: `${CRIME} The public ministry charged the former governor with fraud.`, expected: "prosecutor's office" }], correct: [`${CRIME} The ministry of justice said the trial would start in May.`, 'Jesus began his public ministry in Galilee.'] },
  { key: 'natural', flagged: [{ text: 'The singer, natural of Seville, died on Sunday.', expected: 'native' }], correct: ['It was a natural choice.', 'Natural gas prices rose in Europe.'] },
  { key: 'office', flagged: [{ text: `${CRIME} The judge sent an office to the ministry asking for the files.`, expected: 'official letter' }], correct: [`${CRIME} The firm sent an office worker to the court.`, `${CRIME} The judge left office in March.`] },
  { key: 'opportunities', flagged: [{ text: `${MT} The minister has visited the region on several opportunities.`, expected: 'occasions' }], correct: ['The minister has visited the region on several opportunities.', 'The region offers several opportunities for investors.'] },
  { key: 'pain', flagged: [{ text: `${CRIME} The court imposed a pain of five years in prison.`, expected: 'sentence' }], correct: [`${CRIME} The victim felt pain in his chest for days.`, 'The patient had back pain for two years.'] },
  { key: 'paper', flagged: [{ text: 'The church played an important paper in the peace talks.', expected: 'role' }], correct: ['The newspaper played a key role in the campaign.', 'The children played a paper game in class.'] },
  { key: 'particular', flagged: [{ text: 'The house was bought by a particular who paid in cash.', expected: 'private individual' }], correct: ['She wanted to know in particular who had paid.', 'He had a particular interest in art.'] },
  { key: 'parts', flagged: [{ text: `${POLITICS} Both parts agreed to resume talks in May.`, expected: 'parties' }], correct: [`${POLITICS} Both parts of the plan were approved.`, `${BUSINESS} Spare parts reached the factory.`] },
  { key: 'passed', flagged: [{ text: 'The talks passed in a friendly atmosphere, the ministry said.', expected: 'took place' }], correct: ['The bill passed in a close vote.', 'The storm passed in the night.'] },
  { key: 'politics', flagged: [{ text: `${MT} The central bank defended its monetary politics.`, expected: 'policy' }], correct: ['The central bank defended its monetary politics.', 'She writes about the politics of race.'] },
  { key: 'popular', flagged: [{ text: `${MT} Unemployment is highest in the popular neighbourhoods of Marseille.`, expected: 'working-class' }], correct: ['Unemployment is highest in the popular neighbourhoods of Marseille.', 'The singer is popular with young people.'] },
  { key: 'prime', flagged: [{ text: `${LABOUR} The government will pay a prime of 300 euros to nurses.`, expected: 'bonus' }], correct: [`${LABOUR} The prime minister met the unions.`, `${LABOUR} Most of the workers were in the prime of life.`] },
  { key: 'public', flagged: [{ text: `${SPORT} The public whistled the team at half-time.`, expected: 'crowd' }], correct: [`${SPORT} The club will open its training sessions to the public.`, `${SPORT} The public health minister attended the match.`] },
  { key: 'quality', flagged: [{ text: 'She attended the meeting in her quality of president of the commission.', expected: 'capacity' }], correct: ['The quality of life in the city improved.', 'Voters judged the quality of the candidate.'] },
  { key: 'real', flagged: [{ text: 'The government approved a real decree on energy prices.', expected: 'royal' }], correct: ['Real wages fell last year.', 'The real problem is inflation.'] },
  { key: 'regime', flagged: [{ text: `${MILITARY} The region introduced a regime of high alert.`, expected: 'state' }], correct: [`${MILITARY} The regime of President Assad lost control of the city.`, 'The regime of emergency rule ended in 1990.'] },
  { key: 'registered', flagged: [{ text: `${CRIME} Officers registered the house of the suspect and found drugs.`, expected: 'searched' }], correct: [`${CRIME} The suspect registered the house in his wife's name.`, `${CRIME} Officers registered a rise in burglaries.`] },
  { key: 'responsible', flagged: [{ text: 'The responsible of the company said the plant would close.', expected: 'head' }], correct: ['The minister said he was not responsible for the delays.', 'Responsible investment funds grew.'] },
  { key: 'retirement', flagged: [{ text: `${MILITARY} The government announced the retirement of the Russian troops from the area.`, expected: 'withdrawal' }], correct: [`${MILITARY} The general announced his retirement from the army.`, `${MILITARY} The retirement of the commander surprised the troops.`] },
  { key: 'room', flagged: [{ text: `${CRIME} The criminal room of the Supreme Court rejected the appeal.`, expected: 'chamber' }], correct: [`${CRIME} The jury room was locked.`, `${CRIME} Officers searched the room of the suspect.`] },
  { key: 'sense', flagged: [{ text: `${TRANSPORT} The car was driving in the opposite sense on the motorway.`, expected: 'direction' }], correct: [`${TRANSPORT} Drivers had a false sense of security.`, `${TRANSPORT} The minister used the word in the wrong sense of the term.`] },
  { key: 'social', flagged: [{ text: `${BUSINESS} The firm has a social capital of 40 million euros.`, expected: 'share' }], correct: [`${BUSINESS} The social media campaign boosted sales.`, `${BUSINESS} Social capital grows in strong communities.`] },
  { key: 'species', flagged: [{ text: 'The bribes were paid in cash and in species.', expected: 'kind' }], correct: ['The bird is found in species-rich forests.', 'Scientists counted 40 species in the park.'] },
  { key: 'squad', flagged: [{ text: `${CRIME} The suspect was taken to the squad for questioning.`, expected: 'police station' }], correct: [`${CRIME} The suspect was taken to the squad car.`, `${CRIME} The drugs squad arrested two men.`] },
  { key: 'stage', flagged: [{ text: 'She did a stage at a law firm in Paris.', expected: 'internship' }], correct: ['The singer did a stage show in Paris.', 'The rider completed a stage of the Tour in record time.'] },
  { key: 'station', flagged: [{ text: 'The avalanche hit a ski station in the Alps.', expected: 'resort' }], correct: ['The train left the station at noon.', 'The town has a new bus station.'] },
  { key: 'stop', flagged: [{ text: `${LABOUR} Registered stop fell by 2 percent in May.`, expected: 'unemployment' }], correct: [`${LABOUR} Workers waited at the bus stop.`, `${LABOUR} The union called for a stop to the layoffs.`] },
  { key: 'success', flagged: [{ text: `${CRIME} The success occurred at dawn in a bar in the centre.`, expected: 'incident' }], correct: [`${CRIME} The success of the operation was praised by the officers.`, 'The film was a huge success.'] },
  { key: 'supposed', flagged: [{ text: `${MT} ${CRIME} The supposed killer was arrested in Lyon.`, expected: 'alleged' }], correct: [`${CRIME} The supposed killer was arrested in Lyon.`, `${CRIME} He was supposed to appear in court.`] },
  { key: 'surface', flagged: [{ text: 'The fire destroyed a surface of 2,000 hectares of forest.', expected: 'area' }], correct: ['The surface of the road was damaged.', 'The water surface froze.'] },
  { key: 'test', flagged: [{ text: `${SPORT} She won the 100m test at the European championships.`, expected: 'event' }], correct: [`${SPORT} The player failed a fitness test.`, `${SPORT} England won the third test.`] },
  { key: 'theme', flagged: [{ text: `${MT} ${POLITICS} The theme of immigration dominated the debate.`, expected: 'issue' }], correct: [`${POLITICS} The theme of immigration dominated the debate.`, `${POLITICS} The theme of the novel is love.`] },
  { key: 'title', flagged: [{ text: 'She obtained her title in law in 2005.', expected: 'degree' }], correct: ['He won the world title in 2005.', 'The title in the paper was misleading.'] },
  { key: 'tower', flagged: [{ text: `${POLITICS} Macron won the first tower of the presidential election.`, expected: 'round' }], correct: [`${POLITICS} The first tower of the new parliament building was finished.`, `${POLITICS} The city built a water tower.`] },
  { key: 'turn', flagged: [{ text: `${POLITICS} Lula won the first turn of the presidential election.`, expected: 'round' }], correct: [`${POLITICS} It was a first turn of events that surprised the opposition.`, `${POLITICS} The campaign took a sharp turn to the right.`] },
  { key: 'values', flagged: [{ text: `${BUSINESS} Banking values fell by 3 percent in Paris.`, expected: 'stocks' }], correct: [`${BUSINESS} The company said family values guide its work.`, `${BUSINESS} Property values rose in the capital.`] },
  { key: 'white', flagged: [{ text: `${CRIME} The man was wounded with a white weapon.`, expected: 'bladed' }], correct: [`${CRIME} The man wore a white shirt.`, 'White phosphorus weapons were banned.'] },
];
