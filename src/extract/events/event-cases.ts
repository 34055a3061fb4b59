/** One sentence-level event test: what must be coded from `text` published on `date`. */
export interface EventCase {
  readonly label: string;
  readonly text: string;
  readonly date?: string;
  /** The expected event, or null: the text must yield no event. */
  readonly want: {
    readonly type: string;
    readonly source?: readonly string[];
    readonly target?: readonly string[];
    readonly status?: string;
    readonly date?: string;
    readonly deadline?: boolean;
    readonly mode?: string;
    /** CAMEO code prefix. */
    readonly cameo?: string;
    /** The promised, threatened or demanded act behind an AGREE, THREATEN or REQUEST. */
    readonly act?: { readonly type: string; readonly status?: string };
  } | null;
  /** A known failure, kept with its reason rather than deleted. */
  readonly known?: string;
}

/** Sentences written for parley's tests: every PLOVER type, every status, each slot rule. */
export const EVENT_CASES: readonly EventCase[] = [
  // Stated intentions: a promise is AGREE (CAMEO 03x), a stated hostile act THREATEN (13x)
  {
    label: 'intent: will cooperate (promise)',
    text: 'Pakistan will cooperate with Afghanistan on border security.',
    want: {
      type: 'AGREE',
      source: ['PAK'],
      cameo: '031',
      status: 'occurred',
      act: { type: 'COOPERATE', status: 'planned' },
    },
  },
  {
    label: 'intent: said it would send aid',
    text: 'Japan said it would send emergency food aid to Sudan.',
    want: { type: 'AGREE', source: ['JPN'], cameo: '033', act: { type: 'AID' } },
  },
  {
    label: 'intent: is ready to contribute troops',
    text: 'Kenya is ready to contribute 1,000 troops to a peacekeeping force in Haiti, its foreign minister said.',
    want: { type: 'AGREE', source: ['KEN'], cameo: '033' },
  },
  {
    label: 'intent: agreed to postpone the strike',
    text: 'The Ghanaian teachers union agreed to postpone the strike until January.',
    want: { type: 'AGREE', cameo: '03' },
  },
  {
    label: 'intent: will expel diplomats (threat)',
    text: 'Poland will expel three Belarusian diplomats, the foreign ministry said.',
    want: { type: 'THREATEN', source: ['POL'], target: ['BLR'], cameo: '13', act: { type: 'SANCTION' } },
  },
  {
    label: 'intent: plans to impose restrictions (threat)',
    text: 'Hungary plans to impose new restrictions on Serbian truck drivers.',
    want: { type: 'THREATEN', source: ['HUN'], cameo: '13' },
  },
  {
    label: 'intent: conditional act is an ultimatum',
    text: 'Nigeria said it will withdraw its troops from Chad unless a ceasefire is agreed.',
    want: { type: 'THREATEN', source: ['NGA'], cameo: '13' },
  },
  {
    label: 'intent: a deadline stays the act, planned',
    text: 'Washington will withdraw all its troops from Afghanistan by September 11.',
    want: { type: 'RETREAT', source: ['USA'], status: 'planned', deadline: true },
  },
  {
    label: 'intent: a scheduled meeting stays CONSULT',
    text: 'Chinese Foreign Minister Wang Yi will visit Pakistan next week.',
    want: { type: 'CONSULT', source: ['CHN'], target: ['PAK'], status: 'planned' },
  },
  {
    label: 'refusal: will not accept refugees (REJECT 12x)',
    text: 'Syria says it will not accept any more refugees from Iraq.',
    want: {
      type: 'REJECT',
      source: ['SYR'],
      cameo: '122',
      status: 'occurred',
      act: { type: 'AID', status: 'negated' },
    },
  },
  {
    label: 'refusal: refused to meet',
    text: 'Israeli President Moshe Katsav refused to meet the visiting Jordanian king in Tel Aviv.',
    want: { type: 'REJECT', source: ['ISR'], cameo: '125' },
  },
  {
    label: 'refusal: an act that did not happen is no refusal',
    text: 'Russia did not withdraw its troops from the border last week.',
    want: { type: 'RETREAT', source: ['RUS'], status: 'negated' },
  },
  // Complements: the act asked for, refused or promised is the verbal event's `act`
  {
    label: 'complement: urged X to send aid (appeal for aid)',
    text: 'The Arab League urged the European Union to send humanitarian aid to Gaza.',
    want: { type: 'REQUEST', source: ['IGOARL'], target: ['IGOEU'], cameo: '023', act: { type: 'AID' } },
  },
  {
    label: 'complement: demanded that X cancel a sale',
    text: 'China demanded that the United States cancel plans to sell anti-tank missiles to Taiwan.',
    want: { type: 'REQUEST', source: ['CHN'], target: ['USA'], act: { type: 'COOPERATE|AID' } },
  },
  {
    label: 'ASSAULT: wounded',
    text: 'Taliban fighters wounded three Afghan soldiers in an ambush near Kandahar.',
    want: { type: 'ASSAULT', source: ['TAL'], target: ['AFGMIL'] },
  },
  {
    label: 'PROTEST: demonstrated (bare)',
    text: 'Hundreds of Armenian students demonstrated on Monday in Yerevan.',
    want: { type: 'PROTEST', source: ['ARM'] },
  },
  {
    label: 'no PROTEST: demonstrated its capability',
    text: 'North Korea demonstrated its missile capability to Japan.',
    want: null,
  },
  {
    label: 'ASSAULT: harm and its means are one attack (coded by the means)',
    text: 'Separatist guerrillas wounded two Indian soldiers in a bomb attack in Kashmir on Thursday.',
    want: { type: 'ASSAULT', target: ['INDMIL'], cameo: '183' },
  },
  {
    label: 'ASSAULT: a roadside bombing killed',
    text: 'A roadside bombing near Kandahar killed three Afghan soldiers on Sunday.',
    want: { type: 'ASSAULT', target: ['AFGMIL'], cameo: '1833' },
  },
  {
    label: 'intent: an act on a date of its own is a timetable (planned act)',
    text: 'Biden said the US military mission in Afghanistan will end on August 31.',
    date: '2021-07-08',
    want: { type: 'RETREAT', status: 'planned', date: '2021-08-31' },
  },
  {
    label: 'intent: an announced deployment stays MOBILIZE',
    text: 'Britain said it would deploy 600 troops to Kabul.',
    want: { type: 'MOBILIZE', source: ['GBR'], status: 'planned' },
  },
  {
    label: 'refusal: not saying whether one will agree is no refusal',
    text: 'Moscow has not said whether it will agree to an extension of the grain deal.',
    want: { type: 'AGREE', source: ['RUS'] },
  },
  {
    label: 'intent: will allow refugees to return (promise to ease restrictions)',
    text: 'Jordan will allow 2,000 Syrian refugees to return home, the interior ministry said.',
    want: { type: 'AGREE', source: ['JOR'], cameo: '035', act: { type: 'CONCEDE' } },
  },
  {
    label: 'CONCEDE: called off the strike',
    text: 'Kenyan doctors called off their strike on Monday.',
    want: { type: 'CONCEDE', cameo: '082' },
  },
  {
    label: 'numbers and quantifiers do not use up a pattern gap',
    text: 'Myanmar troops drove out on Tuesday more than 2,000 Rohingya villagers from their homes.',
    want: { type: 'ASSAULT', source: ['MMRMIL'], cameo: '201' },
  },
  {
    label: 'an {np} slot runs over "of the <name>"',
    text: 'Turkish authorities have been pressuring workers of the Istanbul Metro Company to end their strike.',
    want: { type: 'REQUEST', source: ['TURGOV'], target: ['TURLAB'], cameo: '02' },
  },
  {
    label: 'negated: avoided condemning',
    text: 'The Hungarian prime minister avoided condemning Russia over the annexation of Crimea.',
    want: { type: 'ACCUSE', target: ['RUS'], status: 'negated' },
  },
  {
    label: 'not planned: goes on to criticise',
    text: 'The report goes on to criticise Israel for the blockade of Gaza.',
    want: { type: 'ACCUSE', target: ['ISR'], status: 'occurred' },
  },
  {
    label: "no CONSULT: meeting one's wife",
    text: 'The former Venezuelan minister met his wife in Caracas in 1990.',
    want: null,
  },
  {
    label: "complement: an act someone backs is not that one's act",
    text: 'Poland strongly supported the American invasion of Iraq in 2003.',
    want: { type: 'SUPPORT', source: ['POL'] },
  },
  {
    label: 'intent: a decision taken is the act, planned',
    text: 'The Danish government decided to send two warships to the Red Sea.',
    want: { type: 'MOBILIZE|AID', source: ['DNK'], status: 'planned' },
  },
  // Reported obligations: "X said Y must Z" is X's demand of Y (CAMEO 10x; "should": appeal 02x)
  {
    label: 'demand: said Y must return',
    text: 'Moscow said on Tuesday that Khartoum must return the seized Russian helicopter.',
    want: { type: 'REQUEST', source: ['RUS'], target: ['SDN'], cameo: '105', act: { type: 'RETREAT' } },
  },
  {
    label: 'demand: must, speaker after',
    text: 'Libya must hand over the two suspects, the British foreign secretary said.',
    want: { type: 'REQUEST', source: ['GBR'], target: ['LBY'], cameo: '10' },
  },
  {
    label: 'demand: must, act without a trigger',
    text: 'The European Commission declared that China must drop its barriers to European exports.',
    want: { type: 'REQUEST', source: ['IGOEU'], target: ['CHN'], cameo: '100' },
  },
  {
    label: 'demand: rebels of the obliged government',
    text: 'Rwandan rebels announced that the Rwandan government must agree to constitutional changes.',
    want: { type: 'REQUEST', target: ['RWAGOV'], cameo: '10' },
  },
  {
    label: 'demand: should is an appeal',
    text: 'Indian Prime Minister Narendra Modi said Pakistan should stop cross-border shelling.',
    want: { type: 'REQUEST', source: ['IND'], target: ['PAK'], cameo: '02' },
  },
  {
    label: "demand: one's own obligation is no demand",
    text: 'Biden said US troops must leave Afghanistan by August 31.',
    want: { type: 'RETREAT', source: ['USA'], status: 'planned' },
  },
  // slot rules: where source and target stand
  {
    label: 'a participle inside the noun phrase is no verb of its own',
    text: 'Iraq on Thursday began its long-feared invasion of Kuwait.',
    want: { type: 'ASSAULT', source: ['IRQ'], target: ['KWT'] },
  },
  {
    label: 'a subject-like possessor keeps its coordinated members',
    text: 'Libya and Tunisia renewed negotiations on Monday over the border.',
    want: { type: 'CONSULT', source: ['LBY', 'TUN'] },
  },
  {
    label: 'an including-list inside the subject',
    text: 'Ethiopian troops including two armoured units killed 30 Eritrean soldiers near the border.',
    want: { type: 'ASSAULT', source: ['ETHMIL'], target: ['ERIMIL'] },
  },
  {
    label: 'a passive agent after a gerund phrase',
    text: 'The former minister was accused of hiding state funds by Kenyan prosecutors.',
    want: { type: 'ACCUSE', source: ['KENJUD'] },
  },
  {
    label: 'a trigger head inside the actor phrase',
    text: 'Rwandan peacekeeping troops arrived in Mozambique on Friday.',
    want: { type: 'AID', source: ['RWAMIL'], target: ['MOZ'] },
  },
  {
    label: 'a demonym owning the object stands for its state',
    text: 'Pakistan on Monday rejected an Indian offer of talks.',
    want: { type: 'REJECT', source: ['PAK'], target: ['IND'] },
  },
  {
    label: 'the one asked in the that-clause of a demand',
    text: 'Seoul demanded on Friday that Japan scrap its export curbs.',
    want: { type: 'REQUEST', source: ['KOR'], target: ['JPN'] },
  },
  // CONSULT
  {
    label: 'host talks between',
    text: 'Russia is hosting talks between the Afghan government and the Taliban.',
    want: { type: 'CONSULT', source: ['RUS'], target: ['AFGGOV', 'TAL'], status: 'ongoing' },
  },
  {
    label: 'met (past)',
    text: 'Biden met Putin in Geneva on Wednesday.',
    date: '2021-06-17',
    want: { type: 'CONSULT', source: ['USA'], target: ['RUS'], status: 'occurred', date: '2021-06-16' },
  },
  {
    label: 'visit',
    text: 'Chinese Foreign Minister Wang Yi visited Pakistan on Monday.',
    date: '2021-03-18',
    want: { type: 'CONSULT', source: ['CHN'], target: ['PAK'] },
  },
  {
    label: 'held talks with',
    text: 'Pakistan held talks with the Taliban on Tuesday.',
    date: '2021-03-18',
    want: { type: 'CONSULT', source: ['PAK'], target: ['TAL'], date: '2021-03-16' },
  },
  {
    label: 'will meet (planned)',
    text: 'Iran will meet Saudi Arabia in Beijing next month.',
    date: '2023-03-10',
    want: { type: 'CONSULT', source: ['IRN'], target: ['SAU'], status: 'planned', date: '2023-04' },
  },
  {
    label: 'phone call',
    text: 'Erdogan spoke by phone with Putin on Sunday.',
    date: '2022-07-18',
    want: { type: 'CONSULT', source: ['TUR'], target: ['RUS'] },
  },
  {
    label: 'consulted (coordinated verb)',
    text: 'The United States has welcomed the plan and also consulted China.',
    want: { type: 'CONSULT', source: ['USA'], target: ['CHN'] },
  },
  {
    label: 'to be held in (planned)',
    text: 'A peace conference is to be held in Turkey next month.',
    date: '2021-03-18',
    want: { type: 'CONSULT', source: ['TUR'], status: 'planned', date: '2021-04' },
  },
  {
    label: 'negotiations between (coordination)',
    text: 'Negotiations between the Afghan government, the Taliban and the United States resumed.',
    want: { type: 'CONSULT', source: ['AFGGOV', 'TAL', 'USA'] },
  },
  {
    label: 'delegation arrived (visit, host target)',
    text: 'A Taliban delegation arrived in Moscow on Thursday, Russia said.',
    date: '2021-03-18',
    want: { type: 'CONSULT', source: ['TAL'], target: ['RUS'], date: '2021-03-18' },
  },
  {
    label: 'visit: the host of a city not otherwise named is its country',
    text: "Pakistan's foreign minister arrived in Kabul on Sunday for talks.",
    want: { type: 'CONSULT', source: ['PAKGOV'], target: ['AFG'] },
  },
  {
    label: "visit: a trip inside one's own country has no host target",
    text: 'The Brazilian foreign minister arrived in Sao Paulo on Friday.',
    want: { type: 'CONSULT', source: ['BRAGOV'], target: [] },
  },
  {
    label: 'territory: a curfew in a city acts on its country',
    text: 'The Kenyan government imposed a curfew in Mombasa after two days of riots.',
    want: { type: 'COERCE', source: ['KENGOV'], target: ['KEN'] },
  },
  {
    label: 'territory: a threatened curfew in a city acts on its country',
    text: 'The Malian junta threatened to impose a curfew in Bamako after the clashes.',
    want: { type: 'THREATEN', source: ['MLIGOV'], target: ['MLI'] },
  },
  {
    label: 'territory: a place after a direction word ("in northern X")',
    text: 'Syrian prisoners rioted at a prison in northern Lebanon on Monday.',
    want: { type: 'PROTEST', source: ['SYRCVL'], target: ['LBN'] },
  },
  {
    label: 'territory: a march in a capital targets its state',
    text: 'Hundreds of Chilean students marched in Santiago on Thursday.',
    want: { type: 'PROTEST', source: ['CHLEDU'], target: ['CHL'] },
  },
  {
    label: 'territory: a place inside the source phrase is no target',
    text: 'Demonstrators in Lima blocked a highway on Monday.',
    want: { type: 'PROTEST', source: ['PERCVL'], target: [] },
  },
  {
    label: 'subject: a mention holding its own preposition ("police in X")',
    text: 'Police in Nairobi arrested the opposition leader.',
    want: { type: 'COERCE', source: ['KENCOP'] },
  },
  {
    label: 'subject: an infinitive of purpose takes the subject of the verb before it',
    text: 'Chilean students gathered outside the ministry to demand free tuition.',
    want: { type: 'REQUEST', source: ['CHLEDU'] },
  },
  {
    label: 'subject: a noun after a purpose "for" takes the subject of the verb',
    text: 'Hundreds of Ghanaian nurses came for a rally at the health ministry to protest unpaid wages.',
    want: { type: 'PROTEST', source: ['GHAHLH'] },
  },
  {
    label: 'subject: a verb with an object keeps its infinitive of purpose apart',
    text: 'Japan halted economic aid to Serbia in line with efforts to end the fighting.',
    want: { type: 'SANCTION', source: ['JPN'], target: ['SRB'] },
  },
  {
    label: 'mediate',
    text: 'Qatar mediated between the Taliban and the United States.',
    want: { type: 'CONSULT', source: ['QAT'] },
  },
  {
    label: 'negated meeting',
    text: 'Iran did not meet Saudi Arabia last week.',
    date: '2023-03-10',
    want: { type: 'CONSULT', source: ['IRN'], target: ['SAU'], status: 'negated' },
  },
  // AGREE
  {
    label: 'signed agreement',
    text: 'The United States signed an agreement with the Taliban on Saturday.',
    date: '2020-02-29',
    want: { type: 'AGREE|SUPPORT', source: ['USA'], target: ['TAL'], date: '2020-02-29' },
  },
  {
    label: 'deal with',
    text: 'Russia and Ukraine reached a deal with Turkey on grain exports.',
    want: { type: 'AGREE', source: ['RUS'] },
  },
  {
    label: 'agreed to restore ties',
    text: 'Iran and Saudi Arabia agreed to restore diplomatic ties on Friday.',
    date: '2023-03-10',
    want: { type: 'AGREE', source: ['IRN'] },
  },
  {
    label: 'ceasefire agreed',
    text: 'Israel and Hamas agreed to a ceasefire on Thursday.',
    date: '2021-05-20',
    want: { type: 'AGREE', source: ['ISR'] },
  },
  {
    label: 'promised',
    text: 'Russia promised to resume grain shipments.',
    want: { type: 'AGREE', source: ['RUS'] },
  },
  // SUPPORT
  {
    label: 'welcomed',
    text: "The United States has welcomed Moscow's role.",
    want: { type: 'SUPPORT', source: ['USA'], target: ['RUS'], status: 'occurred' },
  },
  {
    label: 'threw weight behind',
    text: "The Kremlin last week threw its weight behind Washington's initiative.",
    date: '2021-03-18',
    want: { type: 'SUPPORT', source: ['RUS'], target: ['USA'], date: '2021-W10' },
  },
  {
    label: 'praised',
    text: 'Guterres praised Turkey for its mediation.',
    want: { type: 'SUPPORT', source: ['IGOUNO'], target: ['TUR'] },
  },
  {
    label: 'backed',
    text: 'China backed Iran in the dispute.',
    want: { type: 'SUPPORT', source: ['CHN'], target: ['IRN'] },
  },
  {
    label: 'endorsed',
    text: 'NATO endorsed the American plan.',
    want: { type: 'SUPPORT', source: ['IGONAT'] },
  },
  {
    label: 'relative clause subject',
    text: "The Kremlin, which pulled Soviet troops from Afghanistan in 1989, backed Washington's plan.",
    want: { type: 'SUPPORT', source: ['RUS'], target: ['USA'] },
  },
  // COOPERATE
  {
    label: 'cooperate with',
    text: 'Pakistan cooperated with Afghanistan on border security last year.',
    want: { type: 'COOPERATE', source: ['PAK'], target: ['AFG'], status: 'occurred' },
  },
  {
    label: 'restored diplomatic relations',
    text: 'Saudi Arabia restored diplomatic relations with Iran.',
    want: { type: 'COOPERATE|SUPPORT', source: ['SAU'], target: ['IRN'] },
  },
  // AID
  {
    label: 'sent aid',
    text: 'Japan sent humanitarian aid to Afghanistan.',
    want: { type: 'AID', source: ['JPN'], target: ['AFG'] },
  },
  {
    label: 'provided weapons',
    text: 'The United States provided weapons to Ukraine.',
    want: { type: 'AID', source: ['USA'], target: ['UKR'] },
  },
  {
    label: 'pledged money',
    text: 'Germany pledged $100 million to Afghanistan.',
    want: { type: 'AGREE|AID', source: ['DEU'] },
  },
  // RETREAT
  {
    label: 'withdrawal deadline (planned)',
    text: 'The United States is supposed to complete a withdrawal of all its troops from Afghanistan by May 1.',
    date: '2021-03-18',
    want: {
      type: 'RETREAT',
      source: ['USA'],
      target: ['AFG'],
      status: 'planned',
      date: '2021-05-01',
      deadline: true,
    },
  },
  {
    label: 'pulled troops from',
    text: 'The Soviet Union pulled its troops from Afghanistan in 1989.',
    want: { type: 'RETREAT', source: ['SUN'], target: ['AFG'], date: '1989' },
  },
  {
    label: 'will withdraw by (deadline)',
    text: 'Biden said US forces would leave Afghanistan by September 11.',
    date: '2021-04-14',
    want: { type: 'RETREAT', source: ['USA'], target: ['AFG'], date: '2021-09-11', deadline: true },
  },
  {
    label: 'released prisoners',
    text: 'The Afghan government released 400 Taliban prisoners on Monday.',
    date: '2020-08-13',
    want: { type: 'RETREAT', source: ['AFGGOV'] },
  },
  {
    label: 'last troops left (occurred)',
    text: 'The last US troops left Afghanistan on August 30.',
    date: '2021-08-31',
    want: { type: 'RETREAT', source: ['USA'], target: ['AFG'], status: 'occurred', date: '2021-08-30' },
  },
  {
    label: 'evacuated',
    text: 'Britain evacuated its embassy staff from Kabul.',
    want: { type: 'RETREAT', source: ['GBR'] },
  },
  // REQUEST
  {
    label: 'called on',
    text: 'The UN called on the Taliban to respect women’s rights.',
    want: { type: 'REQUEST', source: ['IGOUNO'], target: ['TAL'] },
  },
  {
    label: 'urged',
    text: 'Pakistan urged the Taliban to reduce violence.',
    want: { type: 'REQUEST', source: ['PAK'], target: ['TAL'] },
  },
  {
    label: 'demanded',
    text: 'Ukraine demanded that Russia withdraw its troops.',
    want: { type: 'REQUEST', source: ['UKR'], target: ['RUS'] },
  },
  {
    label: 'wants X to agree (embedded request)',
    text: 'Washington also wants the Taliban and the Afghan government to agree to a ceasefire.',
    want: { type: 'REQUEST', source: ['USA'], target: ['TAL'] },
  },
  {
    label: 'appealed for',
    text: 'The Red Cross appealed for access to Kabul airport.',
    want: { type: 'REQUEST' },
  },
  // ACCUSE
  {
    label: 'accused of',
    text: 'Russia accused Ukraine of attacking its fleet.',
    want: { type: 'ACCUSE', source: ['RUS'], target: ['UKR'] },
  },
  {
    label: 'blamed',
    text: 'Kabul blamed the Taliban for the attack.',
    want: { type: 'ACCUSE', source: ['AFG'], target: ['TAL'] },
  },
  {
    label: 'condemned',
    text: 'NATO condemned the Kabul airport bombing.',
    want: { type: 'ACCUSE', source: ['IGONAT'] },
  },
  {
    label: 'criticized',
    text: 'China criticized the United States over the withdrawal.',
    want: { type: 'ACCUSE', source: ['CHN'], target: ['USA'] },
  },
  {
    label: 'investigate',
    text: 'The ICC will investigate war crimes in Afghanistan.',
    want: { type: 'ACCUSE', source: ['IGOICC'], status: 'planned' },
  },
  // REJECT
  {
    label: 'rejected',
    text: 'The Taliban rejected the proposal from Kabul.',
    want: { type: 'REJECT', source: ['TAL'] },
  },
  {
    label: 'refused to attend (a rejection, not a meeting)',
    text: 'The Taliban refused to attend the Istanbul conference.',
    want: { type: 'REJECT', source: ['TAL'] },
  },
  { label: 'denied', text: 'Britain denied the Russian claim.', want: { type: 'REJECT', source: ['GBR'] } },
  {
    label: 'vetoed',
    text: 'Russia vetoed the UN resolution on Ukraine.',
    want: { type: 'REJECT', source: ['RUS'] },
  },
  // THREATEN
  {
    label: 'threatened',
    text: 'The Taliban threatened to attack foreign troops after May 1.',
    want: { type: 'THREATEN', source: ['TAL'] },
  },
  {
    label: 'warned',
    text: 'Iran warned Israel against any strike.',
    want: { type: 'THREATEN', source: ['IRN'], target: ['ISR'] },
  },
  {
    label: 'ultimatum',
    text: 'Russia issued an ultimatum to Ukraine.',
    want: { type: 'THREATEN', source: ['RUS'], target: ['UKR'] },
  },
  // PROTEST
  {
    label: 'protested',
    text: 'Afghan women protested in Kabul on Tuesday.',
    date: '2021-09-08',
    want: { type: 'PROTEST', source: ['AFG'] },
  },
  {
    label: 'rally',
    text: 'Thousands of Iranian students rallied against the government.',
    want: { type: 'PROTEST', source: ['IRN'] },
  },
  {
    label: 'hunger strike',
    text: 'Palestinian prisoners went on hunger strike.',
    want: { type: 'PROTEST', source: ['PSE'] },
  },
  // SANCTION
  {
    label: 'imposed sanctions on',
    text: 'The European Union imposed sanctions on Russia.',
    want: { type: 'SANCTION', source: ['IGOEUR'], target: ['RUS'] },
  },
  {
    label: 'expelled diplomats',
    text: 'Poland expelled 45 Russian diplomats.',
    want: { type: 'SANCTION', source: ['POL'], target: ['RUS'] },
  },
  {
    label: 'suspended participation',
    text: 'Russia suspended its participation in the grain deal.',
    want: { type: 'SANCTION', source: ['RUS'] },
  },
  {
    label: 'cut ties',
    text: 'Saudi Arabia cut ties with Iran in 2016.',
    want: { type: 'SANCTION', source: ['SAU'], target: ['IRN'], date: '2016' },
  },
  {
    label: 'boycott',
    text: 'The United States boycotted the Beijing Olympics.',
    want: { type: 'SANCTION|PROTEST', source: ['USA'] },
  },
  // MOBILIZE
  {
    label: 'deployed troops',
    text: 'Russia deployed troops to the Ukrainian border.',
    want: { type: 'MOBILIZE', source: ['RUS'] },
  },
  {
    label: 'mobilized',
    text: 'Ukraine mobilized its reservists on Thursday.',
    want: { type: 'MOBILIZE', source: ['UKR'] },
  },
  {
    label: 'raised alert',
    text: 'Israel raised its military alert after the attack.',
    want: { type: 'MOBILIZE', source: ['ISR'] },
  },
  // COERCE
  {
    label: 'arrested',
    text: 'Iranian police arrested dozens of protesters.',
    want: { type: 'COERCE', source: ['IRNCOP'] },
  },
  {
    label: 'detained journalists',
    text: 'The Taliban detained two Afghan journalists.',
    want: { type: 'COERCE', source: ['TAL'], target: ['AFGMED'] },
  },
  {
    label: 'seized',
    text: 'The Taliban seized control of Kandahar.',
    want: { type: 'COERCE', source: ['TAL'] },
  },
  {
    label: 'imposed curfew',
    text: 'The Afghan government imposed a curfew in 31 provinces.',
    want: { type: 'COERCE', source: ['AFGGOV'] },
  },
  // ASSAULT
  {
    label: 'attacks targeting (no source)',
    text: 'Attacks in Afghanistan targeting journalists and activists continue.',
    want: { type: 'ASSAULT', source: [], target: ['AFG'] },
  },
  {
    label: 'attacked',
    text: 'Islamic State attacked Kabul airport on Thursday.',
    date: '2021-08-27',
    want: { type: 'ASSAULT', source: ['ISI'], date: '2021-08-26' },
  },
  {
    label: 'passive: was attacked by',
    text: 'The convoy of Afghan troops was attacked by the Taliban.',
    want: { type: 'ASSAULT', source: ['TAL'], target: ['AFGMIL'] },
  },
  {
    label: 'shelled',
    text: 'Russian forces shelled Kharkiv overnight.',
    want: { type: 'ASSAULT', source: ['RUSMIL'] },
  },
  {
    label: 'airstrike',
    text: 'The United States carried out a drone strike against Islamic State.',
    want: { type: 'ASSAULT', source: ['USA'], target: ['ISI'] },
  },
  {
    label: 'killed',
    text: 'Gunmen killed a deputy governor in Kabul.',
    want: { type: 'ASSAULT' },
    known:
      'a role noun with no name or country ("a deputy governor") is not yet an actor, and events need one',
  },
  {
    label: 'fired rockets at',
    text: 'Hamas fired rockets at Israel.',
    want: { type: 'ASSAULT', source: ['HMS'], target: ['ISR'] },
  },
  {
    label: 'invaded',
    text: 'Russia invaded Ukraine in February 2022.',
    want: { type: 'ASSAULT', source: ['RUS'], target: ['UKR'], date: '2022-02' },
  },
  {
    label: 'hypothetical attack',
    text: 'The Taliban would attack US forces if they stayed.',
    want: { type: 'ASSAULT', source: ['TAL'], target: ['USA'], status: 'hypothetical' },
  },
  {
    label: 'negated attack',
    text: 'The Taliban have not attacked US troops since the deal.',
    want: { type: 'ASSAULT', source: ['TAL'], target: ['USA'], status: 'negated' },
  },
  // CONCEDE
  {
    label: 'apologized',
    text: 'Germany apologized to Namibia for the genocide.',
    want: { type: 'CONCEDE|SUPPORT', source: ['DEU'], target: ['NAM'] },
  },
  {
    label: 'lifted sanctions',
    text: 'The United States lifted sanctions on Sudan.',
    want: { type: 'CONCEDE|RETREAT', source: ['USA'], target: ['SDN'] },
  },
  {
    label: 'eased restrictions',
    text: 'China eased restrictions on Australian imports.',
    want: { type: 'CONCEDE', source: ['CHN'] },
  },
  // status rules
  {
    label: 'plans to',
    text: 'Turkey plans to host a peace summit in Istanbul.',
    want: { type: 'CONSULT', source: ['TUR'], status: 'planned' },
  },
  {
    label: 'is expected to',
    text: 'Russia is expected to meet Turkey next week.',
    date: '2022-11-01',
    want: { type: 'CONSULT', source: ['RUS'], target: ['TUR'], status: 'planned' },
  },
  {
    label: 'could (hypothetical)',
    text: 'Iran could meet Saudi Arabia in Baghdad.',
    want: { type: 'CONSULT', source: ['IRN'], status: 'hypothetical' },
  },
  {
    label: 'if (hypothetical)',
    text: 'If Russia invades Ukraine, the West will impose sanctions on Moscow.',
    want: { type: 'ASSAULT', source: ['RUS'], target: ['UKR'], status: 'hypothetical' },
  },
  {
    label: 'failed to (negated)',
    text: 'The Taliban failed to attend the talks in Istanbul.',
    want: { type: 'CONSULT', source: ['TAL'], status: 'negated' },
  },
  {
    label: 'continue to (ongoing)',
    text: 'Pakistan continues to host talks with the Taliban.',
    want: { type: 'CONSULT', source: ['PAK'], status: 'ongoing' },
  },
  {
    label: 'last September',
    text: 'The Taliban began talks with the Afghan government last September.',
    date: '2021-03-18',
    want: { type: 'CONSULT', source: ['TAL'], target: ['AFGGOV'], date: '2020-09' },
  },
  {
    label: 'no later than (deadline)',
    text: 'Russia must withdraw its forces from Ukraine no later than June 1.',
    date: '2022-05-10',
    want: { type: 'RETREAT', source: ['RUS'], deadline: true, date: '2022-06-01' },
  },
  // more slot rules: possessives, appositions, coordination, passives, "between"
  {
    label: "possessive source: X's withdrawal from Y",
    text: "Russia's withdrawal from Kherson was completed on Friday.",
    date: '2022-11-11',
    want: { type: 'RETREAT', source: ['RUS'] },
  },
  {
    label: 'apposition subject',
    text: 'Sergei Lavrov, the Russian foreign minister, met Wang Yi in Beijing.',
    date: '2022-03-30',
    want: { type: 'CONSULT', source: ['RUS'], target: ['CHN'] },
  },
  {
    label: 'coordinated subjects',
    text: 'France and Germany condemned the coup in Niger.',
    want: { type: 'ACCUSE', source: ['FRA', 'DEU'] },
  },
  {
    label: 'coordinated objects',
    text: 'The United States imposed sanctions on Russia and Belarus.',
    want: { type: 'SANCTION', source: ['USA'], target: ['RUS'] },
  },
  {
    label: 'passive with agent (sanction)',
    text: 'Iran was sanctioned by the European Union.',
    want: { type: 'SANCTION', source: ['IGOEUR'], target: ['IRN'] },
  },
  {
    label: 'talks between three parties',
    text: 'Talks between Russia, Ukraine and Turkey resumed in Istanbul.',
    want: { type: 'CONSULT', source: ['RUS', 'UKR', 'TUR'] },
  },
  {
    label: 'title + name source',
    text: 'US Secretary of State Antony Blinken met Pakistani Prime Minister Imran Khan.',
    date: '2021-06-01',
    want: { type: 'CONSULT', source: ['USAGOV'], target: ['PAKGOV'] },
  },
  {
    label: 'metonym subject',
    text: 'Beijing accused Washington of interfering in its affairs.',
    want: { type: 'ACCUSE', source: ['CHN'], target: ['USA'] },
  },
  {
    label: 'institution subject',
    text: 'The Kremlin rejected the American proposal.',
    want: { type: 'REJECT', source: ['RUSGOV'] },
  },
  {
    label: 'group source, sector target',
    text: 'The Taliban attacked Afghan security forces in Kunduz.',
    want: { type: 'ASSAULT', source: ['TAL'], target: ['AFGMIL'] },
  },
  {
    label: 'relative clause target',
    text: 'Pakistan, which borders Afghanistan, hosted Taliban leaders in Islamabad.',
    want: { type: 'CONSULT', source: ['PAK'], target: ['TAL'] },
  },
  {
    label: 'host negotiators',
    text: 'Russia hosted Afghan government negotiators and the Taliban in Moscow on Thursday.',
    want: { type: 'CONSULT', source: ['RUS'], target: ['AFGGOV', 'TAL'] },
  },
  {
    label: 'despite aside',
    text: 'The United States, despite tensions with Russia, has welcomed the Chinese plan.',
    want: { type: 'SUPPORT', source: ['USA'] },
  },
  {
    label: 'participle after comma',
    text: 'Qatar hosted a meeting on Saturday, bringing together the United States and the Taliban.',
    want: { type: 'CONSULT', source: ['QAT'], target: ['USA', 'TAL'] },
  },
  {
    label: 'reported future: the deal is planned, its parties the subject',
    text: 'Pakistan said it would help the Taliban and Kabul reach a deal.',
    want: { type: 'AGREE', source: ['TAL'], status: 'planned' },
  },
  // dates and deadlines
  {
    label: 'until (deadline)',
    text: 'NATO will keep troops in Afghanistan until September 11.',
    date: '2021-04-14',
    want: { type: 'MOBILIZE|RETREAT|SUPPORT', source: ['IGONAT'] },
    known: 'no trigger for keeping forces in place',
  },
  {
    label: 'yesterday',
    text: 'Israel struck targets in Gaza yesterday.',
    date: '2021-05-12',
    want: { type: 'ASSAULT', source: ['ISR'], date: '2021-05-11' },
  },
  {
    label: 'two days ago',
    text: 'China held military drills near Taiwan two days ago.',
    date: '2022-08-06',
    want: { type: 'MOBILIZE', source: ['CHN'], date: '2022-08-04' },
  },
  {
    label: 'month and year',
    text: 'Saudi Arabia and Iran restored ties in March 2023.',
    want: { type: 'COOPERATE|SUPPORT|AGREE', source: ['SAU'], date: '2023-03' },
  },
  {
    label: 'next week (planned)',
    text: 'Blinken will visit Kyiv next week.',
    date: '2022-09-01',
    want: { type: 'CONSULT', source: ['USA'], status: 'planned' },
  },
  {
    label: 'past decade is no event date',
    text: 'Turkey has hosted Syrian refugees for a decade.',
    want: { type: 'AID|CONSULT|SUPPORT' },
  },
  // status variety
  {
    label: 'negated: never',
    text: 'North Korea has never accepted the UN resolution.',
    want: { type: 'AGREE|SUPPORT|CONCEDE', status: 'negated' },
  },
  {
    label: 'might (hypothetical)',
    text: 'China might impose sanctions on Lithuania.',
    want: { type: 'SANCTION', source: ['CHN'], status: 'hypothetical' },
  },
  {
    label: 'should (hypothetical)',
    text: 'The UN should send aid to Yemen, Guterres said.',
    want: { type: 'AID', status: 'hypothetical' },
  },
  {
    label: 'ongoing: is shelling',
    text: 'Russia is shelling Mariupol.',
    date: '2022-03-20',
    want: { type: 'ASSAULT', source: ['RUS'], status: 'ongoing' },
  },
  {
    label: 'planned: scheduled',
    text: 'Iran is scheduled to meet Saudi Arabia in Baghdad.',
    want: { type: 'CONSULT', source: ['IRN'], status: 'planned' },
  },
  // more types
  {
    label: 'AID: humanitarian supplies',
    text: 'The World Food Programme delivered food to Afghanistan.',
    want: { type: 'AID', target: ['AFG'] },
  },
  {
    label: 'COOPERATE: joint exercise',
    text: 'India and Japan held a joint military exercise.',
    want: { type: 'COOPERATE|MOBILIZE|CONSULT', source: ['IND'] },
  },
  {
    label: 'REQUEST: asked for',
    text: 'Ukraine asked Germany for tanks.',
    want: { type: 'REQUEST', source: ['UKR'], target: ['DEU'] },
  },
  {
    label: 'THREATEN: threatened sanctions',
    text: 'The European Union threatened Belarus with sanctions.',
    want: { type: 'THREATEN', source: ['IGOEUR'], target: ['BLR'] },
  },
  {
    label: 'COERCE: expelled journalists',
    text: 'China expelled American journalists.',
    want: { type: 'COERCE|SANCTION', source: ['CHN'], target: ['USA'] },
  },
  {
    label: 'PROTEST: demonstrated',
    text: 'Israelis demonstrated against the judicial overhaul in Tel Aviv.',
    want: { type: 'PROTEST', source: ['ISR'] },
  },
  { label: 'negative: quoted title', text: 'The film "Peace Talks" opened in London.', want: null },
  { label: 'negative: no actors, attack word', text: 'The attack on the problem took years.', want: null },
  {
    label: 'wanting to act oneself is intent, not a request',
    text: 'Turkey had wanted to hold the meeting before May 1.',
    date: '2021-04-20',
    want: { type: 'CONSULT', source: ['TUR'], status: 'hypothetical' },
  },
  {
    label: 'a deadline belongs to the act it follows',
    text: 'The Taliban signed a deal with the United States in exchange for a withdrawal of US troops by May 1.',
    date: '2020-02-29',
    want: { type: 'AGREE|SUPPORT', source: ['TAL'], deadline: false },
  },
  {
    label: 'renege on a promise: the one promised is the target',
    text: 'The Kenyan government reneged on its pledge to Somali refugees to keep the camps open.',
    want: { type: 'REJECT', source: ['KENGOV'], target: ['SOMREF'] },
  },
  {
    label: 'mediation mission between two sides',
    text: 'Qatar began a mediation mission between Sudan and Chad on Monday.',
    want: { type: 'CONSULT', source: ['QAT'], target: ['SDN', 'TCD'] },
  },
  {
    label: 'a strike called off after talks with a government',
    text: 'Kenyan doctors called off their strike after long deliberations with the Kenyan government.',
    want: { type: 'CONCEDE', source: ['KENHLH'], target: ['KENGOV'] },
  },
  {
    label: 'a curfew in an occupied region targets its state',
    text: 'The Israeli army imposed a curfew in the West Bank town after the shooting.',
    want: { type: 'COERCE', source: ['ISRMIL'], target: ['PSE'] },
  },
  {
    label: "willing to: the complement's object is the target",
    text: 'The opposition leaders said they were willing to meet President Museveni next week.',
    want: { type: 'AGREE', source: ['UGAOPP'], target: ['UGAGOV'] },
  },
  {
    label: 'ready to send help to defend a state',
    text: 'Denmark is ready to send two frigates to help protect Estonia.',
    want: { type: 'AGREE', source: ['DNK'], target: ['EST'] },
  },
  {
    label: "evacuating outposts in a region: the region's state is the target",
    text: 'The Israeli army began evacuating the outposts in the northern West Bank.',
    want: { type: 'RETREAT', source: ['ISRMIL'], target: ['PSE'] },
  },
  {
    label: 'a curfew lifted in a region targets its state',
    text: "Sudan's army lifted the curfew in South Kordofan.",
    want: { type: 'RETREAT', source: ['SDNMIL'], target: ['SDN'] },
  },
  {
    label: 'an offer of troops for a force in a country targets that country',
    text: 'Ghana is prepared to provide 800 soldiers for the stabilisation mission in Mali.',
    want: { type: 'AGREE', source: ['GHA'], target: ['MLI'] },
  },
  {
    label: 'a protest with a purpose infinitive: its target stands there',
    text: "Young Tunisians blocked roads on Monday to press their demands for jobs from President Saied's government.",
    want: { type: 'PROTEST', source: ['TUN'], target: ['TUNGOV'] },
  },
  // negatives: no event
  { label: 'plain statement', text: 'Lavrov said the situation was degrading.', want: null },
  { label: 'conference with no actors', text: 'The conference in Moscow was long.', want: null },
  { label: 'news conference', text: 'Biden said at a news conference that he was hopeful.', want: null },
  { label: 'markets rallied', text: 'Markets rallied after the announcement.', want: null },
  {
    label: 'talks inside a speech PP',
    text: 'Lavrov said at the onset of the conference that he was hopeful.',
    want: null,
  },
  { label: 'weather attack', text: 'A heart attack killed the old actor.', want: null },
  { label: 'no actors at all', text: 'Talks continued late into the night.', want: null },
  { label: 'sports', text: 'The team beat its rivals in the final.', want: null },
];
