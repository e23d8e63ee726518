/** What the demo directory is made of: realistic Dutch services and resident initiatives per theme. */
export interface Template {
  name: string;
  theme: string;
  description: string;
  ages: [number | null, number | null];
  cost: 'free' | 'low' | 'paid';
  how: string;
}

export const FORMAL: Template[] = [
  { name: 'Opvoedspreekuur', theme: 'opvoeden', description: 'Vragen over slapen, eten, driftbuien of grenzen stellen? Een pedagoog denkt met u mee.', ages: [0, 18], cost: 'free', how: 'Loop binnen of maak een afspraak via de website.' },
  { name: 'Cursus Positief Opvoeden', theme: 'opvoeden', description: 'In vijf bijeenkomsten leert u met andere ouders hoe u rust brengt in huis.', ages: [2, 12], cost: 'low', how: 'Aanmelden via het Centrum voor Jeugd en Gezin.' },
  { name: 'Gezinscoaching', theme: 'opvoeden', description: 'Een coach komt bij u thuis en werkt samen met het hele gezin aan wat u wilt veranderen.', ages: [0, 23], cost: 'free', how: 'Via het wijkteam of de huisarts.' },
  { name: 'Huiswerkbegeleiding', theme: 'school-en-huiswerk', description: 'Na school hulp bij huiswerk, plannen en leren leren, in een rustige ruimte.', ages: [10, 18], cost: 'low', how: 'Aanmelden door ouder of mentor.' },
  { name: 'Bijles rekenen en taal', theme: 'school-en-huiswerk', description: 'Kleine groepjes oefenen met rekenen, lezen en spelling.', ages: [6, 12], cost: 'paid', how: 'Bel of mail voor een kennismaking.' },
  { name: 'Voetbal voor kinderen', theme: 'sport-en-spel', description: 'Wekelijks voetballen op het veld, met trainers uit de wijk. Schoenen te leen.', ages: [6, 14], cost: 'free', how: 'Kom gewoon langs op het veld.' },
  { name: 'Zwemles', theme: 'sport-en-spel', description: 'Zwemles voor het A- en B-diploma, ook voor kinderen die later beginnen.', ages: [5, 12], cost: 'paid', how: 'Inschrijven bij de kassa van het zwembad; vraag naar de meedoenregeling.' },
  { name: 'Buurtsportcoach', theme: 'sport-en-spel', description: 'Sport en bewegen na school op het schoolplein en in de gymzaal.', ages: [4, 16], cost: 'free', how: 'Vrije inloop.' },
  { name: 'Schuldhulpverlening', theme: 'geld', description: 'Hulp als u rekeningen niet meer kunt betalen: samen maken we een plan.', ages: [18, null], cost: 'free', how: 'Bel het gemeentelijk nummer of kom naar het inloopspreekuur.' },
  { name: 'Formulierenhulp', theme: 'geld', description: 'Hulp bij toeslagen, belastingaangifte en brieven van instanties.', ages: [18, null], cost: 'free', how: 'Inloopspreekuur, neem uw brieven mee.' },
  { name: 'Budgetcoaching', theme: 'geld', description: 'Een vrijwillige coach helpt u overzicht te krijgen in inkomsten en uitgaven.', ages: [16, null], cost: 'free', how: 'Aanmelden via het wijkteam.' },
  { name: 'Consultatiebureau', theme: 'gezondheid', description: 'Groei, ontwikkeling en vaccinaties van uw kind, met tijd voor uw vragen.', ages: [0, 4], cost: 'free', how: 'U krijgt vanzelf een uitnodiging; bellen kan ook.' },
  { name: 'Jongerenpsycholoog', theme: 'gezondheid', description: 'Gesprekken voor jongeren die somber, angstig of gestrest zijn.', ages: [12, 23], cost: 'free', how: 'Met een verwijzing van de huisarts.' },
  { name: 'Steunpunt huiselijk geweld', theme: 'veiligheid-thuis', description: 'Advies en steun bij geweld of onveiligheid thuis, ook anoniem.', ages: [null, null], cost: 'free', how: 'Bel Veilig Thuis: 0800-2000, dag en nacht.' },
  { name: 'Woonbegeleiding jongeren', theme: 'wonen', description: 'Begeleiding voor jongeren die zelfstandig gaan wonen.', ages: [16, 23], cost: 'free', how: 'Via het wijkteam.' },
  { name: 'Werkcoach', theme: 'werk', description: 'Samen zoeken naar werk, een opleiding of een stage die bij u past.', ages: [16, null], cost: 'free', how: 'Maak een afspraak via het Werkplein.' },
  { name: 'Taalcafé', theme: 'taal', description: 'Nederlands oefenen in een ontspannen gesprek met vrijwilligers.', ages: [16, null], cost: 'free', how: 'Vrije inloop, iedereen is welkom.' },
  { name: 'Mantelzorgondersteuning', theme: 'zorg-en-ondersteuning', description: 'Advies, respijtzorg en lotgenotencontact voor wie zorgt voor een ander.', ages: [12, null], cost: 'free', how: 'Bel of mail het steunpunt.' },
  { name: 'Jongerenwerk', theme: 'ontmoeten', description: 'Een plek voor jongeren om te chillen, te praten en activiteiten te doen.', ages: [12, 23], cost: 'free', how: 'Loop binnen bij het jongerencentrum.' },
  { name: 'Muziekles voor iedereen', theme: 'cultuur-en-creativiteit', description: 'Les in gitaar, keyboard of drums in kleine groepen.', ages: [8, 18], cost: 'low', how: 'Aanmelden via de muziekschool; vraag naar het jeugdfonds.' },
];

export const INFORMAL: Template[] = [
  { name: 'Buurtmoestuin', theme: 'ontmoeten', description: 'Samen zaaien, wieden en oogsten met buren en kinderen.', ages: [null, null], cost: 'free', how: 'Kom langs op de tuin.' },
  { name: 'Repair Café', theme: 'ontmoeten', description: 'Kapotte spullen samen repareren, met koffie en een praatje.', ages: [null, null], cost: 'free', how: 'Neem uw kapotte spullen mee.' },
  { name: 'Koffieochtend', theme: 'ontmoeten', description: 'Elke week koffie en thee voor buurtbewoners die elkaar willen leren kennen.', ages: [null, null], cost: 'free', how: 'Gewoon binnenlopen.' },
  { name: 'Voorleesmiddag', theme: 'taal', description: 'Vrijwilligers lezen voor aan peuters en kleuters; ouders zijn welkom.', ages: [2, 7], cost: 'free', how: 'Gewoon binnenlopen.' },
  { name: 'Straatvoetbal', theme: 'sport-en-spel', description: 'Voetballen op het pleintje, georganiseerd door ouders uit de straat.', ages: [7, 15], cost: 'free', how: 'Kom naar het pleintje.' },
  { name: 'Huiswerkclub', theme: 'school-en-huiswerk', description: 'Studenten uit de buurt helpen kinderen met hun huiswerk.', ages: [8, 14], cost: 'free', how: 'Meld je aan bij de host.' },
  { name: 'Kookclub', theme: 'gezondheid', description: 'Samen gezond en goedkoop koken en daarna samen eten.', ages: [10, null], cost: 'low', how: 'Aanmelden, want vol is vol.' },
  { name: 'Naaicafé', theme: 'cultuur-en-creativiteit', description: 'Kleding herstellen en naaien op gedeelde naaimachines.', ages: [12, null], cost: 'free', how: 'Neem stof of kleding mee.' },
  { name: 'Wandelgroep', theme: 'gezondheid', description: 'Een uur samen wandelen door het park, in je eigen tempo.', ages: [null, null], cost: 'free', how: 'Verzamelen bij de ingang van het park.' },
  { name: 'Spelletjesmiddag', theme: 'ontmoeten', description: 'Bordspellen voor jong en oud in het buurthuis.', ages: [6, null], cost: 'free', how: 'Vrije inloop.' },
  { name: 'Schaakclub', theme: 'sport-en-spel', description: 'Schaken leren en spelen, van beginner tot gevorderd.', ages: [7, null], cost: 'low', how: 'Kom een keer proberen.' },
  { name: 'Kledingruil', theme: 'geld', description: 'Ruil kinderkleding die te klein is geworden.', ages: [null, null], cost: 'free', how: 'Breng schone kleding mee.' },
];

export const ORGANISATIONS = ['Stichting Welzijn Voorbeeld', 'Centrum voor Jeugd en Gezin', 'Jeugdgezondheidszorg Regio Voorbeeld', 'Sportbedrijf Voorbeeld',
  'Bibliotheek Voorbeeld', 'Stichting Huiswerkhulp', 'Schuldhulp Voorbeeld', 'Humanitas afdeling Voorbeeld', 'Jongerenwerk De Schakel', 'Muziekschool De Toonladder',
  'Werkplein Voorbeeld', 'Stichting MEE', 'Steunpunt Mantelzorg', 'GGZ Jeugd Voorbeeld', 'Vluchtelingenwerk Voorbeeld', 'Zwembad De Golfslag'];

export const PLACES = ['Buurthuis', 'Wijkcentrum', 'Speeltuin', 'Bibliotheek', 'Gymzaal', 'Sporthal', 'Jongerencentrum', 'Kerkzaal', 'Basisschool', 'Gezondheidscentrum'];
export const LANGUAGES = [['nl', 'Nederlands'], ['en', 'Engels'], ['ar', 'Arabisch'], ['tr', 'Turks'], ['pl', 'Pools'], ['uk', 'Oekraïens']] as const;

/** Gemeente Voorbeeld lies around here; districts north to south. */
export const CENTRE = { latitude: 52.156, longitude: 5.389 };
export const DISTRICT_OFFSET: Record<string, number> = { WK099901: 0.025, WK099902: 0, WK099903: -0.025 };

/** Which organisation (index in ORGANISATIONS) offers the formal services of a theme. */
export const ORGANISATION_OF_THEME: Record<string, number> = {
  'opvoeden': 1, 'school-en-huiswerk': 5, 'sport-en-spel': 3, 'geld': 6, 'gezondheid': 2, 'veiligheid-thuis': 0, 'wonen': 11,
  'werk': 10, 'taal': 4, 'zorg-en-ondersteuning': 12, 'ontmoeten': 8, 'cultuur-en-creativiteit': 9,
};
