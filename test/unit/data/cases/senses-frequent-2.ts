/**
 * Cases for the senses-frequent-2 table (see ../lexicon.test.ts).
 */
import type { LexiconCase } from '../lexicon-cases.js';
import { MT } from './context.js';

/** Context that makes a paragraph a crime story. */
const CRIME = 'Police arrested a suspect, and the court will hear the case.';
/** Context for a sport story. */
const SPORT = 'The striker scored twice and the coach praised the defenders after the match.';
/** Context for a basketball story. */
const BASKETBALL = 'The NBA side won the basketball game after a strong fourth quarter.';
/** Context for a business story. */
const BUSINESS = 'The company told investors that sales and revenue beat forecasts, and its shares rose.';
/** Context for a finance story. */
const FINANCE = 'Investors sold shares as the central bank raised interest rates and inflation rose.';
/** Context for a politics story. */
const POLITICS = 'The government and the opposition clashed in parliament before the election.';
/** Context for a health story. */
const HEALTH = 'Doctors and nurses at the hospital treated patients for the virus.';
/** Context for a labour story. */
const LABOUR = 'Workers and their unions called a strike over wages.';
/** Context for an education story. */
const EDUCATION = 'Teachers said pupils at the school and university students would sit the exam.';
/** Context for a culture story. */
const CULTURE = 'The film opened the festival, and the actors and the director met the audience after the premiere.';
/** Context for a transport story. */
const TRANSPORT = 'Traffic on the motorway slowed as trucks and vans queued near the toll station.';

export const CASES: readonly LexiconCase[] = [
  { key: 'altered', flagged: [{ text: `${CRIME} The protesters were fined for having altered the public order.`, expected: 'disturbed' }], correct: [`${CRIME} The verdict altered the order of the hearings.`, 'The new law altered the peace deal.'] },
  { key: 'anticipated', flagged: [{ text: `${POLITICS} The prime minister called anticipated elections for June.`, expected: 'early' }], correct: [`${POLITICS} The much anticipated elections drew a record turnout.`, `${POLITICS} Analysts had anticipated the result for weeks.`] },
  { key: 'assured', flagged: [{ text: `${MT} The minister assured that the reform would not raise taxes.`, expected: 'said' }], correct: ['The minister assured voters that the reform would not raise taxes.', 'Rest assured that the reform will not raise taxes.'] },
  { key: 'autonomous', flagged: [{ text: `${LABOUR} The measure will help autonomous workers who lost income.`, expected: 'self-employed' }], correct: ['Engineers built autonomous worker robots for the warehouse.', 'The region has an autonomous government.'] },
  { key: 'autonomy', flagged: [{ text: 'The new electric car has an autonomy of 500 km.', expected: 'range' }], correct: ['The region has enjoyed autonomy for 40 years.'] },
  { key: 'bachelor', flagged: [{ text: `${EDUCATION} The students of bachelor will sit the exam in June.`, expected: 'baccalaureate' }], correct: [`${EDUCATION} She earned a bachelor degree in history.`, `${EDUCATION} The bachelor of arts course lasts three years.`] },
  { key: 'bags', flagged: [{ text: `${FINANCE} The European bags closed lower on Friday.`, expected: 'stock markets' }], correct: [`${FINANCE} Sales of European bags and leather goods rose at the luxury group.`] },
  { key: 'camera', flagged: [{ text: 'The bill was approved by the camera of deputies on Tuesday.', expected: 'chamber' }, { text: 'The upper camera rejected the bill.', expected: 'chamber' }], correct: ['Security cameras filmed the lower deck of the ship.', 'The camera of the photographer was seized.'] },
  { key: 'canal', flagged: [{ text: 'The interview was broadcast by the television canal of the state.', expected: 'channel' }], correct: ['Barges carried coal along the canal to the city.'] },
  { key: 'cargo', flagged: [{ text: `${POLITICS} She resigned her cargo of minister after the scandal.`, expected: 'post' }], correct: ['The captain abandoned his cargo of bananas in the port.', 'The plane carried a cargo of medicine.'] },
  { key: 'chapter', flagged: [{ text: `${CULTURE} The first chapter of the series aired on Sunday.`, expected: 'episode' }], correct: [`${CULTURE} The first chapter of the novel is set in Madrid.`, `${CULTURE} The author read a chapter of the series to fans.`] },
  { key: 'chronicle', flagged: [{ text: `${SPORT} Read the chronicle of the match on our website.`, expected: 'report' }], correct: [`${SPORT} His memoir is a chronicle of a life in football.`] },
  { key: 'citizen', flagged: [{ text: `${MT} The mayor promised more police to improve citizen security.`, expected: 'public' }], correct: ['The law gives every citizen security of tenure.'] },
  { key: 'collective', flagged: [{ text: 'The LGBT collective marched through the city.', expected: 'community' }], correct: ['The artists collective opened a gallery.'] },
  { key: 'college', flagged: [{ text: 'The college of lawyers condemned the attack on the judge.', expected: 'bar association' }], correct: ['The college of medicine opened a new campus.'] },
  { key: 'colleges', flagged: [{ text: `${EDUCATION} Pupils at the primary college will return on Monday.`, expected: 'school' }], correct: [`${EDUCATION} She studied at a community college in Ohio.`] },
  { key: 'companion', flagged: [{ text: `${SPORT} The striker praised his companion of team after the win.`, expected: 'teammate' }], correct: ['The writer travelled with a companion of many years.'] },
  { key: 'complied', flagged: [{ text: 'The singer complied 80 years on Monday.', expected: 'turned' }], correct: ['The company complied with the rules for years.'] },
  { key: 'components', flagged: [{ text: `${CRIME} Police arrested five components of the gang.`, expected: 'members' }], correct: ['The components of the engine were made in Germany.'] },
  { key: 'contested', flagged: [{ text: 'The mayor never contested the phone when reporters called.', expected: 'answered' }, { text: 'The minister contested to the questions of the press.', expected: 'answered' }], correct: ['The opposition contested the results of the election.', 'The player contested the call of the referee.'] },
  { key: 'contrary', flagged: [{ text: `${SPORT} The ball hit the contrary goalkeeper and went in.`, expected: 'opposing' }], correct: [`${SPORT} On the contrary, the team played well.`, `${SPORT} The coach took the contrary view.`] },
  { key: 'counted', flagged: [{ text: `${POLITICS} The candidate counted with the support of the unions.`, expected: 'had' }], correct: [`${POLITICS} The candidate counted on the support of the unions.`, 'Officials counted the votes with care.'] },
  { key: 'crystal', flagged: [{ text: `${CRIME} The thieves broke the crystal of the car and took a bag.`, expected: 'glass' }], correct: ['The crystal of the chandelier came from Venice.'] },
  { key: 'defined', flagged: [{ text: `${SPORT} The winger defined with a low shot past the goalkeeper.`, expected: 'finished' }], correct: [`${SPORT} The coach defined his style with a clear plan.`] },
  { key: 'definitely', flagged: [{ text: 'The factory closed definitely in March.', expected: 'permanently' }], correct: ['The factory will definitely close in March.', 'It was definitely closed.'] },
  { key: 'definition', flagged: [{ text: `${SPORT} The team lacked definition in front of goal.`, expected: 'finishing' }], correct: [`${SPORT} The coach gave a broad definition of success.`] },
  { key: 'displaced', flagged: [{ text: 'The president displaced himself to the flooded region.', expected: 'travelled' }], correct: ['The floods displaced thousands of families.'] },
  { key: 'editorial', flagged: [{ text: `${CULTURE} The novel was published by the editorial Anagrama.`, expected: 'publisher' }], correct: [`${CULTURE} The editorial board of the newspaper praised the film.`, `${CULTURE} The critic wrote an editorial about the festival.`] },
  { key: 'embargo', flagged: [{ text: `${CRIME} The judge ordered the embargo of his assets.`, expected: 'seizure' }], correct: ['The arms embargo of the country remained in force.'] },
  { key: 'emission', flagged: [{ text: 'The emission of the programme was cancelled after the protests.', expected: 'broadcast' }], correct: ['The emission of carbon dioxide rose last year.'] },
  { key: 'entrances', flagged: [{ text: 'The club sold all the entrances for the final in two hours.', expected: 'tickets' }], correct: ['The stadium has four entrances for the fans.', 'Police guarded the entrances of the stadium.'] },
  { key: 'exposure', flagged: [{ text: `${CULTURE} The temporary exposure of paintings by Goya opens on Friday.`, expected: 'exhibition' }], correct: [`${CULTURE} The paintings were damaged by exposure to light.`] },
  { key: 'extension', flagged: [{ text: `${MT} The fire destroyed a park with an extension of 500 hectares.`, expected: 'area' }], correct: ['The council approved an extension of the deadline.'] },
  { key: 'formula', flagged: [{ text: `${POLITICS} The presidential formula won 55 percent of the vote.`, expected: 'ticket' }], correct: [`${POLITICS} Officials changed the funding formula for schools.`] },
  { key: 'graduation', flagged: [{ text: 'The beer has an alcoholic graduation of 5 percent.', expected: 'alcohol content' }], correct: ['The graduation ceremony was held in June.'] },
  { key: 'holder', flagged: [{ text: `${SPORT} The young defender was holder in the last three matches.`, expected: 'starter' }], correct: [`${SPORT} The club is the holder of the cup.`, `${SPORT} He is the record holder in the 100 metres.`] },
  { key: 'ignored', flagged: [{ text: `${MT} Police ignored whether the suspect had left the country.`, expected: 'did not know' }], correct: ['Police ignored the warnings before the attack.'] },
  { key: 'import', flagged: [{ text: 'The fine has an import of 500 euros.', expected: 'amount' }], correct: ['The import of 500 cars was blocked at the port.'] },
  { key: 'impression', flagged: [{ text: 'The clinic uses 3D impression to make implants.', expected: 'printing' }], correct: ['The clinic made a good impression on patients.'] },
  { key: 'incorporated', flagged: [{ text: `${SPORT} The midfielder incorporated to the squad on Monday.`, expected: 'joined' }], correct: ['The company was incorporated in Delaware in 1998.'] },
  { key: 'indications', flagged: [{ text: 'The patient left the clinic against the indications of the doctors.', expected: 'instructions' }], correct: ['There were indications of the economy slowing.'] },
  { key: 'integrated', flagged: [{ text: 'The commission is integrated by five experts.', expected: 'made up of' }], correct: ['The two economies are integrated by trade and migration.'] },
  { key: 'intent', flagged: [{ text: `${CRIME} The man was arrested for an intent of robbery.`, expected: 'attempt' }], correct: [`${CRIME} The man was charged with intent to rob the bank.`] },
  { key: 'intervened', flagged: [{ text: `${HEALTH} The singer was intervened surgically on Monday.`, expected: 'operated on' }], correct: [`${HEALTH} The doctor intervened to save the patient.`] },
  { key: 'invested', flagged: [{ text: `${POLITICS} The Socialist leader was invested president by the parliament.`, expected: 'sworn in as' }], correct: [`${POLITICS} The president invested heavily in rail.`] },
  { key: 'judgment', flagged: [{ text: `${CRIME} The judgment will begin on Monday.`, expected: 'trial' }], correct: [`${CRIME} The judge will deliver her judgment on Monday.`] },
  { key: 'liberty', flagged: [{ text: `${CRIME} The prisoner was granted conditional liberty.`, expected: 'parole' }], correct: [`${CRIME} The lawyer said the case was about liberty and justice.`] },
  { key: 'licence', flagged: [{ text: `${LABOUR} She is on maternity license until March.`, expected: 'leave' }, { text: `${LABOUR} He took a paternity permission of two weeks.`, expected: 'leave' }], correct: [`${LABOUR} She renewed her driving license in March.`, `${LABOUR} She is on maternity leave until March.`] },
  { key: 'maintained', flagged: [{ text: `${POLITICS} The two leaders maintained a meeting in Brussels.`, expected: 'held' }], correct: [`${POLITICS} The two leaders maintained a cordial relationship.`] },
  { key: 'monitors', flagged: [{ text: 'Two ski monitors rescued the children.', expected: 'instructors' }], correct: ['Nurses watched the heart monitors all night.'] },
  { key: 'occasion', flagged: [{ text: `${SPORT} The striker missed a clear occasion in the first half.`, expected: 'chance' }], correct: [`${SPORT} The final was a great occasion for the city.`] },
  { key: 'parade', flagged: [{ text: `${SPORT} The goalkeeper made a spectacular parade to deny the striker.`, expected: 'save' }], correct: [`${SPORT} Fans lined the streets for the victory parade.`] },
  { key: 'patent', flagged: [{ text: `${CRIME} A witness noted the patent of the car.`, expected: 'licence plate' }], correct: [`${BUSINESS} The company filed a patent for the new engine.`] },
  { key: 'pension', flagged: [{ text: `${CRIME} The father stopped paying the alimentary pension.`, expected: 'maintenance' }], correct: ['The retired teacher lives on a small pension.'] },
  { key: 'perceived', flagged: [{ text: `${MT} The mayor perceived a monthly salary of 5,000 euros.`, expected: 'received' }], correct: ['Voters perceived the subsidy cuts as unfair.', 'The public perceived the minister as honest.'] },
  { key: 'petition', flagged: [{ text: `${CRIME} The prosecutor maintains a petition of 12 years for the former mayor.`, expected: 'request' }], correct: [`${CRIME} Thousands signed a petition for his release.`] },
  { key: 'plaza', flagged: [{ text: `${SPORT} The team secured a plaza in the final.`, expected: 'place' }], correct: [`${SPORT} Fans gathered in the main plaza to celebrate.`] },
  { key: 'pointed', flagged: [{ text: 'The minister pointed that the law would change.', expected: 'pointed out' }], correct: ['The minister pointed out that the law would change.', 'He pointed that gun at the officer.'] },
  { key: 'possession', flagged: [{ text: `${POLITICS} She took possession as president on Saturday.`, expected: 'office' }], correct: [`${CRIME} Police found him in possession of cocaine.`] },
  { key: 'pronounced', flagged: [{ text: 'The court pronounced itself on the appeal on Friday.', expected: 'ruled' }], correct: ['The coach pronounced himself happy with the result.', 'The doctor pronounced him dead.'] },
  { key: 'proof', flagged: [{ text: `${SPORT} She won the proof of the 100 metres.`, expected: 'event' }], correct: [`${SPORT} The win was proof of the strength of the team.`, `${SPORT} The result is proof that the coach was right.`] },
  { key: 'qualification', flagged: [{ text: `${FINANCE} The agency cut the credit qualification of the country.`, expected: 'rating' }], correct: [`${FINANCE} The bank wants staff with a professional qualification in accounting.`] },
  { key: 'qualified', flagged: [{ text: `${MT} The opposition qualified the decision as unacceptable.`, expected: 'described' }], correct: ['The nurse qualified as a midwife in 2010.'] },
  { key: 'register', flagged: [{ text: `${CRIME} Police carried out a register of his house.`, expected: 'search' }], correct: [`${CRIME} The hotel register showed the name of the suspect.`] },
  { key: 'registration', flagged: [{ text: `${CRIME} Officers carried out a registration of his flat.`, expected: 'search' }], correct: [`${CRIME} The registration of the car led police to the suspect.`] },
  { key: 'rent', flagged: [{ text: 'The country has a rent per capita of 20,000 dollars.', expected: 'income' }, { text: 'Taxpayers must file the rent declaration by June.', expected: 'income' }], correct: ['Tenants said the rent per month had doubled.', 'The rent rose by 10 percent.'] },
  { key: 'residence', flagged: [{ text: `${MT} The virus spread in a residence for the elderly.`, expected: 'care home' }], correct: ['The residence of the ambassador was guarded.'] },
  { key: 'restoration', flagged: [{ text: `${BUSINESS} Hotels and restoration lost jobs during the lockdown.`, expected: 'catering' }], correct: ['The hotel and restoration work cost millions.'] },
  { key: 'retired', flagged: [{ text: `${POLITICS} The party retired its support for the government.`, expected: 'withdrew' }], correct: [`${POLITICS} The senator retired from politics in 2010.`] },
  { key: 'sacrifice', flagged: [{ text: `${HEALTH} The outbreak forced the sacrifice of 800 chickens.`, expected: 'cull' }, { text: `${HEALTH} The infected animals were sacrificed on the farm.`, expected: 'culled' }], correct: [`${HEALTH} Nurses made a great sacrifice during the outbreak.`, 'Families marked Eid with the sacrifice of sheep.'] },
  { key: 'samples', flagged: [{ text: 'The family thanked neighbours for their samples of affection.', expected: 'signs' }], correct: ['Scientists took samples of soil from the site.'] },
  { key: 'scenario', flagged: [{ text: `${CULTURE} The singer fell on the scenario during the concert.`, expected: 'stage' }], correct: [`${CULTURE} In the worst scenario, the festival will be cancelled.`] },
  { key: 'separated', flagged: [{ text: `${POLITICS} The minister was separated from his post after the scandal.`, expected: 'removed' }], correct: ['The couple separated from each other in 2019.'] },
  { key: 'shock', flagged: [{ text: `${TRANSPORT} Two people died in a frontal shock between two cars.`, expected: 'collision' }], correct: [`${TRANSPORT} The crash was a shock to the town.`] },
  { key: 'shocked', flagged: [{ text: `${TRANSPORT} The bus shocked with a truck on the motorway.`, expected: 'collided' }], correct: [`${TRANSPORT} Drivers were shocked by the crash.`] },
  { key: 'solar', flagged: [{ text: `${CRIME} The body was found in an abandoned solar on the edge of town.`, expected: 'plot' }], correct: ['Investors revived an abandoned solar project.', 'The council leased empty solar plants to a new firm.'] },
  { key: 'stance', flagged: [{ text: `${HEALTH} After a stance of three weeks, he went home.`, expected: 'stay' }], correct: [`${POLITICS} The party changed its stance on taxes.`] },
  { key: 'superior', flagged: [{ text: `${EDUCATION} Spending on superior education rose last year.`, expected: 'higher' }], correct: [`${EDUCATION} She received a superior education in Paris.`] },
  { key: 'tension', flagged: [{ text: `${HEALTH} The patient suffered from high tension and diabetes.`, expected: 'blood pressure' }, { text: `${HEALTH} Doctors measured his arterial tension.`, expected: 'blood pressure' }], correct: [`${HEALTH} There was tension between doctors and managers.`] },
  { key: 'tomorrow', flagged: [{ text: 'The president will speak this tomorrow in the capital.', expected: 'morning' }], correct: ['The president will speak tomorrow in the capital.'] },
  { key: 'transit', flagged: [{ text: 'Three people died in a transit accident on the highway.', expected: 'traffic' }], correct: ['The city expanded its public transit system.'] },
  { key: 'triple', flagged: [{ text: `${BASKETBALL} The guard sank a late triple to win the game.`, expected: 'three-pointer' }], correct: ['The baseball outfielder hit a triple in the ninth inning.'] },
  { key: 'ultimate', flagged: [{ text: 'Prices rose sharply in the ultimate months.', expected: 'last' }], correct: ['The ultimate goal is peace.'] },
  { key: 'vocal', flagged: [{ text: 'She was named vocal of the electoral board.', expected: 'member' }], correct: ['She was a vocal critic of the board.'] },
];
