/**
 * Cases for the senses-news table (see ../lexicon.test.ts).
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
/** Context for a health story. */
const HEALTH = 'Doctors and nurses at the hospital treated patients for the virus.';
/** Context for a disaster story. */
const DISASTER = 'The earthquake of magnitude 6.1 forced rescuers to evacuate the town.';
/** Context for a weather story. */
const WEATHER = 'Forecasters warned of snow, strong wind and flooding as temperatures fell.';
/** Context for a labour story. */
const LABOUR = 'Workers and their unions called a strike over wages.';
/** Context for an education story. */
const EDUCATION = 'Teachers said pupils at the school and university students would sit the exam.';
/** Context for a war story. */
const MILITARY = 'Troops and artillery units held the frontline as drones and missiles struck overnight.';
/** Context for a transport story. */
const TRANSPORT = 'Traffic on the motorway slowed as trucks and vans queued near the toll station.';

export const CASES: readonly LexiconCase[] = [
  { key: 'accidentality', flagged: [{ text: `${TRANSPORT} Road accidentality fell by 8 percent last year.`, expected: 'accident rate' }], correct: [`${TRANSPORT} The road accident rate fell by 8 percent last year.`] },
  { key: 'accusation', flagged: [{ text: `${CRIME} The accusation asked for 12 years in prison for the former mayor.`, expected: 'prosecution' }, { text: `${CRIME} The accusation witness contradicted herself.`, expected: 'prosecution' }], correct: [`${CRIME} The accusation against the mayor was false, his lawyer said.`] },
  { key: 'admonished', flagged: [{ text: `${SPORT} The midfielder was admonished with a yellow card after ten minutes.`, expected: 'booked' }], correct: [`${SPORT} The coach admonished his players for their lack of effort.`] },
  { key: 'aligned', flagged: [{ text: `${SPORT} The coach aligned a young side against Sevilla.`, expected: 'fielded' }], correct: [`${SPORT} The club aligned the team with its long-term plan.`] },
  { key: 'alignment', flagged: [{ text: `${SPORT} The coach kept the same starting alignment for the derby.`, expected: 'line-up' }], correct: [`${SPORT} The mechanic checked the wheel alignment of the team bus.`] },
  { key: 'alumni', flagged: [{ text: `${EDUCATION} The primary alumni will have an extra hour of maths.`, expected: 'pupils' }], correct: [`${EDUCATION} The university alumni donated money for a new library.`] },
  { key: 'amical', flagged: [{ text: `${SPORT} The team lost an amical match against Chile.`, expected: 'friendly' }], correct: [`${SPORT} The team lost a friendly match against Chile.`] },
  { key: 'annotated', flagged: [{ text: `${SPORT} Messi annotated two goals in the second half.`, expected: 'scored' }], correct: [`${SPORT} The coach annotated the match report with his comments.`] },
  { key: 'anti-aerial', flagged: [{ text: 'The army moved anti-aerial batteries to the border.', expected: 'anti-aircraft' }], correct: ['The army moved anti-aircraft batteries to the border.'] },
  { key: 'artefact', flagged: [{ text: `${CRIME} Police found an explosive artefact under the car.`, expected: 'device' }], correct: ['Archaeologists found a bronze artefact near the temple.'] },
  { key: 'assistances', flagged: [{ text: `${SPORT} He finished the season with 20 goals and 11 assistances.`, expected: 'assists' }, { text: `${SPORT} He gave the assistance for the winning goal.`, expected: 'assist' }], correct: [`${SPORT} The club thanked the police for their assistance during the match.`] },
  { key: 'athletism', flagged: [{ text: 'She won three medals at the athletism championships.', expected: 'athletics' }], correct: ['Her athleticism impressed the coaches at the championships.'] },
  { key: 'attentat', flagged: [{ text: 'The attentat against the embassy killed four people.', expected: 'attack' }], correct: ['The attack against the embassy killed four people.'] },
  { key: 'augmentation', flagged: [{ text: `${BUSINESS} Unions demanded an augmentation of salaries of 5 percent.`, expected: 'increase' }], correct: [`${BUSINESS} The clinic's sales of breast augmentation surgery rose.`] },
  { key: 'aviation', flagged: [{ text: `${MILITARY} Russian aviation struck the city of Kharkiv overnight.`, expected: 'air force' }], correct: [`${MILITARY} Civil aviation was suspended over the region.`] },
  { key: 'ballotage', flagged: [{ text: 'The two candidates will meet in a ballotage on 19 November.', expected: 'run-off' }], correct: ['The two candidates will meet in a run-off on 19 November.'] },
  { key: 'basketballist', flagged: [{ text: 'The footballist signed a new contract with the club.', expected: 'footballer' }, { text: 'The basketballist scored 30 points.', expected: 'basketball player' }], correct: ['The footballer signed a new contract with the club.'] },
  { key: 'bicycle', flagged: [{ text: `${SPORT} The winger scored with a spectacular bicycle in the last minute.`, expected: 'bicycle kick' }], correct: [`${SPORT} The winger scored with a spectacular bicycle kick.`] },
  { key: 'blinded', flagged: [{ text: 'Soldiers in blinded vehicles patrolled the border.', expected: 'armoured' }], correct: ['The driver was blinded by the sun and hit a wall.'] },
  { key: 'bombers', flagged: [{ text: `${DISASTER} Volunteer bombers fought the fire for six hours.`, expected: 'firefighters' }], correct: [`${DISASTER} Bombers from the air force dropped water on the fires.`] },
  { key: 'canicule', flagged: [{ text: `${WEATHER} The canicule will last until Sunday.`, expected: 'heatwave' }], correct: ['The heatwave will last until Sunday.'] },
  { key: 'chariot', flagged: [{ text: `${MILITARY} The army sent 40 combat chariots to the front.`, expected: 'tanks' }], correct: ['Ancient chariots were found in the Roman tomb.'] },
  { key: 'circulated', flagged: [{ text: `${TRANSPORT} The car circulated at 180 kilometres per hour when it crashed.`, expected: 'was travelling' }], correct: [`${TRANSPORT} Leaflets circulated at the station about the new timetable.`] },
  { key: 'circulation', flagged: [{ text: `${TRANSPORT} Circulation was interrupted on the A7 after the accident.`, expected: 'traffic' }], correct: [`${TRANSPORT} The newspaper's circulation was cut by half.`] },
  { key: 'clandestines', flagged: [{ text: 'Police found 30 clandestines in the back of a truck.', expected: 'undocumented migrants' }], correct: ['Police found 30 undocumented migrants in the back of a truck.'] },
  { key: 'combustibles', flagged: [{ text: `${BUSINESS} The government cut taxes on the prices of combustibles.`, expected: 'fuels' }], correct: ['Firefighters removed combustibles from the warehouse.'] },
  { key: 'commando', flagged: [{ text: `${CRIME} An armed commando robbed the jewellery shop.`, expected: 'gang' }], correct: [`${CRIME} A former army commando was arrested for the robbery.`] },
  { key: 'communicate', flagged: [{ text: 'The ministry said in a communicate that the talks had failed.', expected: 'statement' }], correct: ['The ministers communicate by phone every week.'] },
  { key: 'composition', flagged: [{ text: `${TRANSPORT} A freight composition derailed near Lviv.`, expected: 'train' }], correct: [`${TRANSPORT} The composition of the board will change.`] },
  { key: 'concerted', flagged: [{ text: `${EDUCATION} Parents protested outside a concerted school in Madrid.`, expected: 'state-subsidised' }], correct: [`${EDUCATION} Teachers made a concerted effort to help pupils.`, `${EDUCATION} A concerted school reform effort began.`] },
  { key: 'conduction', flagged: [{ text: 'He was arrested for conduction under the influence of alcohol.', expected: 'driving' }], correct: ['Copper allows the conduction of heat.'] },
  { key: 'conductor', flagged: [{ text: `${TRANSPORT} The conductor of the truck fled the scene.`, expected: 'driver' }], correct: ['The conductor of the orchestra bowed to the audience.'] },
  { key: 'confinement', flagged: [{ text: `${MT} ${HEALTH} The government ordered a strict confinement of the population.`, expected: 'lockdown' }], correct: [`${HEALTH} The inmate was held in strict confinement in a prison hospital.`, `${HEALTH} The government ordered a strict confinement of the population.`] },
  { key: 'contagiated', flagged: [{ text: `${HEALTH} Twenty nurses were contagiated at the hospital.`, expected: 'infected' }], correct: [`${HEALTH} Twenty nurses were infected at the hospital.`] },
  { key: 'contracture', flagged: [{ text: `${SPORT} The striker will miss the match with a contracture in his thigh.`, expected: 'muscle tightness' }], correct: ['The patient developed a contracture after the burn.'] },
  { key: 'contravention', flagged: [{ text: `${TRANSPORT} The driver received a contravention of 135 euros.`, expected: 'fine' }], correct: ['The deal was signed in contravention of the rules.'] },
  { key: 'correctional', flagged: [{ text: `${CRIME} The correctional court of Paris sentenced him to two years.`, expected: 'criminal' }], correct: ['He spent two years in a correctional facility.'] },
  { key: 'crack', flagged: [{ text: `${SPORT} The Brazilian crack scored the winning goal.`, expected: 'star' }], correct: [`${SPORT} A crack in the stadium roof delayed the match.`] },
  { key: 'cupola', flagged: [{ text: 'Police arrested the cupola of the cartel in a dawn raid.', expected: 'leadership' }], correct: ['The cupola of the cathedral was restored.'] },
  { key: 'damages', flagged: [{ text: `${MT} ${WEATHER} The storm caused serious damages to roads and bridges.`, expected: 'damage' }], correct: [`${WEATHER} A jury awarded the farmers heavy damages for the flooding.`, `${WEATHER} The storm caused serious damages to roads and bridges.`] },
  { key: 'deconfinement', flagged: [{ text: `${HEALTH} The deconfinement will start on 11 May.`, expected: 'easing of lockdown' }], correct: [`${HEALTH} The easing of lockdown will start on 11 May.`] },
  { key: 'delict', flagged: [{ text: `${CRIME} He was accused of a delict of fraud.`, expected: 'crime' }], correct: ['Under Scots law, delict covers civil wrongs such as negligence.'] },
  { key: 'deposed', flagged: [{ text: `${CRIME} The victim deposed a complaint at the police station.`, expected: 'filed' }], correct: ['The army deposed the president in a coup.'] },
  { key: 'derived', flagged: [{ text: `${HEALTH} The patient was derived to the regional hospital.`, expected: 'referred' }], correct: [`${HEALTH} The drug is derived from a plant.`] },
  { key: 'devises', flagged: [{ text: `${BUSINESS} The central bank's foreign devises fell to a record low.`, expected: 'currency' }], correct: [`${BUSINESS} The chief executive devises a new plan every year.`] },
  { key: 'distension', flagged: [{ text: `${SPORT} The defender suffered a hamstring distension in training.`, expected: 'strain' }], correct: ['The patient complained of abdominal distension.'] },
  { key: 'doublet', flagged: [{ text: `${SPORT} Kane scored a doublet in the first half.`, expected: 'brace' }], correct: ['The actor wore a velvet doublet on stage.'] },
  { key: 'drop', flagged: [{ text: `${WEATHER} A cold drop will bring heavy rain to the east coast.`, expected: 'low' }], correct: [`${WEATHER} Forecasters expect a cold drop in temperatures.`] },
  { key: 'elongation', flagged: [{ text: `${SPORT} The midfielder has a slight elongation in his left calf.`, expected: 'strain' }], correct: ['The elongation of the metal bar was measured.'] },
  { key: 'engine', flagged: [{ text: `${CRIME} Police defused an explosive engine found near the station.`, expected: 'device' }], correct: ['The car has a powerful engine.'] },
  { key: 'escapade', flagged: [{ text: `${SPORT} The escapade was caught by the peloton 5 km from the finish.`, expected: 'breakaway' }], correct: [`${SPORT} The striker apologised for his nightclub escapade before the match.`] },
  { key: 'evaded', flagged: [{ text: `${CRIME} Two inmates evaded from the prison on Sunday.`, expected: 'escaped' }], correct: [`${CRIME} He evaded the police for three weeks.`] },
  { key: 'evasion', flagged: [{ text: `${CRIME} The evasion from the prison was planned for months.`, expected: 'escape' }], correct: [`${CRIME} He was charged with tax evasion and fraud.`] },
  { key: 'expelled', flagged: [{ text: `${SPORT} The defender was expelled with a straight red card.`, expected: 'sent off' }], correct: [`${SPORT} The player was expelled from school as a teenager.`] },
  { key: 'extracommunitarian', flagged: [{ text: 'The law limits the number of extracommunitarian players in each squad.', expected: 'non-EU' }], correct: ['The law limits the number of non-EU players in each squad.'] },
  { key: 'focus', flagged: [{ text: `${HEALTH} Authorities detected a new focus of covid at a care home.`, expected: 'outbreak' }], correct: [`${HEALTH} The focus of the campaign is on older patients.`] },
  { key: 'ingressed', flagged: [{ text: `${HEALTH} Three patients were ingressed in the intensive care unit.`, expected: 'admitted' }], correct: [`${HEALTH} Three patients were admitted to the intensive care unit.`] },
  { key: 'interned', flagged: [{ text: `${HEALTH} The singer was interned in a private clinic.`, expected: 'admitted' }], correct: ['During the war, the family was interned in a camp.'] },
  { key: 'interns', flagged: [{ text: `${CRIME} Two interns of the prison were injured in a fight.`, expected: 'inmates' }], correct: ['Two hospital interns were praised by the doctors.'] },
  { key: 'judged', flagged: [{ text: `${CRIME} The former minister will be judged for corruption in March.`, expected: 'tried' }], correct: [`${CRIME} The judge said the case would be judged on its merits.`] },
  { key: 'juridical', flagged: [{ text: 'The company began a juridical battle against the state.', expected: 'legal' }], correct: ['A company is a juridical person under the code.'] },
  { key: 'kilometric', flagged: [{ text: `${TRANSPORT} Drivers faced kilometric queues at the border.`, expected: 'miles-long' }], correct: [`${TRANSPORT} Drivers faced miles-long queues at the border.`] },
  { key: 'lesion', flagged: [{ text: `${SPORT} The goalkeeper suffered a muscle lesion and will miss the final.`, expected: 'injury' }], correct: ["The scan showed a small lesion on the patient's liver."] },
  { key: 'lesions', flagged: [{ text: `${CRIME} He was charged with lesions after the fight.`, expected: 'assault' }], correct: [`${CRIME} The victim had skin lesions, the doctor said.`] },
  { key: 'licence', flagged: [{ text: 'She holds a licence in economics from the Sorbonne.', expected: 'degree' }], correct: ['She holds a driving licence.'] },
  { key: 'low', flagged: [{ text: `${LABOUR} The nurse has been on medical low for three months.`, expected: 'leave' }], correct: [`${LABOUR} Workers said morale was at a low.`] },
  { key: 'magisterium', flagged: [{ text: `${EDUCATION} She studied magisterium at the University of Granada.`, expected: 'teacher training' }], correct: ['The pope spoke of the magisterium of the Church.'] },
  { key: 'marker', flagged: [{ text: `${SPORT} Benzema opened the marker after ten minutes.`, expected: 'score' }], correct: [`${SPORT} The coach drew the tactics with a marker pen.`] },
  { key: 'martyred', flagged: [{ text: `${MT} ${MILITARY} Two soldiers were martyred in clashes with militants.`, expected: 'killed' }], correct: [`${MILITARY} Two soldiers were martyred in clashes with militants.`, 'The saint was martyred in Rome.'] },
  { key: 'maximum', flagged: [{ text: `${SPORT} Lewandowski is the maximum scorer of the league.`, expected: 'top' }], correct: ['The maximum score is 100 points.'] },
  { key: 'militaries', flagged: [{ text: 'Three militaries were killed in the ambush.', expected: 'soldiers' }], correct: ['The two militaries held joint exercises in the Baltic.'] },
  { key: 'minimum', flagged: [{ text: `${LABOUR} The government set minimum services during the general strike.`, expected: 'skeleton' }], correct: [`${LABOUR} The union demanded a minimum wage of 1,500 euros.`] },
  { key: 'narcotraffic', flagged: [{ text: 'The army is fighting narcotraffic in the north.', expected: 'drug trafficking' }], correct: ['The army is fighting drug trafficking in the north.'] },
  { key: 'octaves', flagged: [{ text: `${SPORT} Madrid will face Leipzig in the octaves of final.`, expected: 'last 16' }], correct: ['The soprano sang two octaves higher.'] },
  { key: 'paralization', flagged: [{ text: 'The strike caused the paralization of the port.', expected: 'stoppage' }], correct: ['The strike caused the stoppage of the port.'] },
  { key: 'passage', flagged: [{ text: `${TRANSPORT} A train hit a car at a level passage near Lyon.`, expected: 'crossing' }], correct: [`${TRANSPORT} The bill's passage through parliament was delayed.`] },
  { key: 'perquisition', flagged: [{ text: `${CRIME} Investigators carried out a perquisition at his home.`, expected: 'search' }], correct: [`${CRIME} Investigators carried out a search at his home.`] },
  { key: 'pilot', flagged: [{ text: `${SPORT} The Spanish pilot finished on the podium at the Grand Prix.`, expected: 'driver' }], correct: [`${SPORT} The pilot of the team plane landed safely at the airport.`] },
  { key: 'plus-value', flagged: [{ text: `${BUSINESS} The sale generated a plus-value of 40 million euros.`, expected: 'capital gain' }], correct: [`${BUSINESS} The sale generated a capital gain of 40 million euros.`] },
  { key: 'ponderation', flagged: [{ text: 'The index gives a ponderation of 30 percent to energy.', expected: 'weighting' }], correct: ['The index gives a weighting of 30 percent to energy.'] },
  { key: 'prolongation', flagged: [{ text: `${SPORT} Chelsea scored the winner in the prolongation.`, expected: 'extra time' }], correct: [`${SPORT} The club agreed a contract prolongation with the coach.`] },
  { key: 'promotion', flagged: [{ text: `${EDUCATION} The 2019 promotion of the school graduated in June.`, expected: 'class' }], correct: [`${EDUCATION} The teacher got a promotion in 2019.`] },
  { key: 'quarters', flagged: [{ text: `${SPORT} Arsenal reached the quarters of final after a 2-0 win.`, expected: 'quarter-finals' }], correct: [`${SPORT} The players returned to their quarters after the match.`] },
  { key: 'rail', flagged: [{ text: `${TRANSPORT} The car was driving in the overtaking rail when it crashed.`, expected: 'lane' }], correct: [`${TRANSPORT} The city will open a new bus rail interchange.`] },
  { key: 'recipe', flagged: [{ text: `${HEALTH} Antibiotics can only be sold with a medical recipe.`, expected: 'prescription' }], correct: [`${HEALTH} The nurse shared her recipe for a healthy soup.`] },
  { key: 'reconfinement', flagged: [{ text: `${HEALTH} The government ruled out a reconfinement.`, expected: 'new lockdown' }], correct: [`${HEALTH} The government ruled out a new lockdown.`] },
  { key: 'recourse', flagged: [{ text: `${CRIME} The defence filed a recourse before the Supreme Court.`, expected: 'appeal' }], correct: [`${CRIME} Victims have no legal recourse against the company.`] },
  { key: 'regrowth', flagged: [{ text: `${HEALTH} Spain reported a regrowth of cases in Catalonia.`, expected: 'resurgence' }], correct: ['The forest showed strong regrowth after the fire.'] },
  { key: 'remodelling', flagged: [{ text: `${POLITICS} The president announced a remodelling of the government.`, expected: 'reshuffle' }], correct: [`${POLITICS} The minister paid for the remodelling of his kitchen.`] },
  { key: 'resource', flagged: [{ text: `${CRIME} The lawyer presented a resource of appeal.`, expected: 'appeal' }], correct: [`${CRIME} The lawyer presented a resource guide for victims.`] },
  { key: 'retentions', flagged: [{ text: `${TRANSPORT} There were retentions of 12 kilometres on the A6.`, expected: 'tailbacks' }], correct: [`${TRANSPORT} The firm improved staff retention among drivers.`] },
  { key: 'salarial', flagged: [{ text: `${LABOUR} Unions rejected the salarial freeze.`, expected: 'wage' }], correct: [`${LABOUR} Unions rejected the wage freeze.`] },
  { key: 'scholar', flagged: [{ text: `${EDUCATION} The scholar year begins on 8 September.`, expected: 'school' }], correct: ['The scholar wrote three books on medieval history.'] },
  { key: 'scholarity', flagged: [{ text: `${EDUCATION} Scholarity is compulsory until 16.`, expected: 'schooling' }], correct: [`${EDUCATION} Schooling is compulsory until 16.`] },
  { key: 'scholars', flagged: [{ text: `${EDUCATION} More than eight million scholars returned to the classroom on Monday.`, expected: 'pupils' }], correct: [`${EDUCATION} Scholars from the university presented their research.`] },
  { key: 'sectorial', flagged: [{ text: `${LABOUR} The sectorial agreement covers 300,000 workers.`, expected: 'sectoral' }], correct: [`${LABOUR} The sectoral agreement covers 300,000 workers.`] },
  { key: 'selectivity', flagged: [{ text: `${EDUCATION} Some 200,000 students sat the selectivity exams this week.`, expected: 'university entrance exam' }], correct: [`${EDUCATION} The selectivity of the top universities has increased.`] },
  { key: 'sinister', flagged: [{ text: `${DISASTER} The sinister occurred shortly after midnight.`, expected: 'disaster' }], correct: [`${DISASTER} Nothing sinister happened, the police said.`] },
  { key: 'sinistered', flagged: [{ text: `${DISASTER} Aid reached the sinistered areas on Monday.`, expected: 'disaster-hit' }], correct: [`${DISASTER} Aid reached the disaster-hit areas on Monday.`] },
  { key: 'sinistrality', flagged: [{ text: `${TRANSPORT} Road sinistrality has fallen for the third year.`, expected: 'accident rate' }], correct: ['Sinistrality, or left-handedness, runs in families.'] },
  { key: 'sondage', flagged: [{ text: `${POLITICS} A new sondage gives the left 28 percent.`, expected: 'poll' }], correct: ['Archaeologists dug a sondage beside the wall.'] },
  { key: 'sportive', flagged: [{ text: `${SPORT} The club appointed a new sportive director.`, expected: 'sporting' }], correct: ['Thousands of riders took part in the charity sportive.'] },
  { key: 'stick', flagged: [{ text: `${SPORT} His shot hit the stick in the last minute.`, expected: 'post' }], correct: [`${SPORT} The hockey player broke his stick.`] },
  { key: 'suicidal', flagged: [{ text: 'A suicidal bomber killed 12 people at the market.', expected: 'suicide' }], correct: ['Doctors said the patient was suicidal.'] },
  { key: 'summary', flagged: [{ text: `${CRIME} The judge lifted the secrecy of the summary.`, expected: 'case file' }], correct: [`${CRIME} The judge gave a summary of the evidence.`] },
  { key: 'table', flagged: [{ text: `${POLITICS} The parties agreed to set up a dialogue table.`, expected: 'talks' }], correct: ['The ministers sat at the negotiating table.'] },
  { key: 'tax', flagged: [{ text: `${BUSINESS} The tax of unemployment fell to 8 percent.`, expected: 'rate' }], correct: [`${BUSINESS} The tax on fuel rose to 8 percent.`] },
  { key: 'testimonial', flagged: [{ text: `${CRIME} A testimonial saw the suspect leave the building.`, expected: 'witness' }], correct: [`${CRIME} The lawyer read a testimonial from the defendant's employer.`] },
  { key: 'titular', flagged: [{ text: `${SPORT} The goalkeeper was titular in every match this season.`, expected: 'first-choice' }], correct: [`${SPORT} The king is the titular head of the club.`] },
  { key: 'titulation', flagged: [{ text: 'The university offers a new titulation in nursing.', expected: 'degree' }], correct: ['The university offers a new degree in nursing.'] },
  { key: 'traffic', flagged: [{ text: `${CRIME} He was jailed for traffic of drugs.`, expected: 'trafficking' }], correct: [`${CRIME} Police closed the road to traffic after the shooting.`] },
  { key: 'trampled', flagged: [{ text: 'A pedestrian was trampled by a truck in the city centre.', expected: 'run over' }], correct: ['A fan was trampled by the crowd at the stadium.'] },
  { key: 'tramway', flagged: [{ text: `${TRANSPORT} A tramway derailed in the city centre.`, expected: 'tram' }], correct: [`${TRANSPORT} The city will extend the tramway to the airport.`] },
  { key: 'transversal', flagged: [{ text: `${POLITICS} The reform won transversal support in parliament.`, expected: 'cross-party' }], correct: ['The surgeon made a transversal cut.'] },
  { key: 'tributary', flagged: [{ text: `${BUSINESS} The tributary reform will raise revenue.`, expected: 'tax' }], correct: ['The river and its tributary system flooded the valley.'] },
  { key: 'tribute', flagged: [{ text: `${BUSINESS} The government will levy a tribute on plastic bags.`, expected: 'tax' }], correct: [`${BUSINESS} Staff paid tribute to the founder on Friday.`] },
  { key: 'trimester', flagged: [{ text: `${BUSINESS} Profits rose 5 percent in the second trimester.`, expected: 'quarter' }], correct: [`${BUSINESS} The firm offers paid leave to staff in the third trimester of pregnancy.`] },
  { key: 'trimestral', flagged: [{ text: `${BUSINESS} The bank published its trimestral results.`, expected: 'quarterly' }], correct: [`${BUSINESS} The bank published its quarterly results.`] },
  { key: 'triplet', flagged: [{ text: `${SPORT} Haaland scored a triplet against Wolves.`, expected: 'hat-trick' }], correct: ['The mother gave birth to triplets.'] },
  { key: 'vaccinodrome', flagged: [{ text: `${HEALTH} The city opened a vaccinodrome at the stadium.`, expected: 'mass vaccination centre' }], correct: [`${HEALTH} The city opened a mass vaccination centre at the stadium.`] },
  { key: 'velocity', flagged: [{ text: `${TRANSPORT} Police blamed excessive velocity for the crash.`, expected: 'speed' }], correct: ['The bullet left the barrel at high velocity.'] },
  { key: 'verbalised', flagged: [{ text: `${TRANSPORT} The driver was verbalised for speeding.`, expected: 'fined' }], correct: ['She verbalised her fears during therapy.'] },
  { key: 'vice-champion', flagged: [{ text: `${SPORT} Real Madrid finished as vice-champion.`, expected: 'runner-up' }], correct: [`${SPORT} Real Madrid finished as runner-up.`] },
  { key: 'wagon', flagged: [{ text: `${TRANSPORT} Passengers in the first passenger wagon were injured.`, expected: 'carriage' }], correct: [`${TRANSPORT} A wagon loaded with coal derailed at the station.`] },
];
