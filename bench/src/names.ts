import { searchForm } from '@verkosto/domain';

const words = (text: string) => text.split(' ');

/**
 * Fictional Finnish and Finland-Swedish names for the scale data. Many carry ä, ö or å, so the
 * search forms (accents folded) differ from the names and the folding is exercised.
 */
const FIRST_NAMES = words(
  'Aino Aila Aili Anna Anni Aada Alma Annika Eeva Elina Ella Elsa Emma Ebba Helmi Hanna Heidi Iida ' +
    'Iines Ilona Inkeri Johanna Kaisa Katja Kerttu Laura Linnea Lotta Lyydia Maija Marja Märta Minna ' +
    'Nelli Noora Oona Päivi Pälvi Riikka Ronja Saara Sanna Satu Säde Signe Sofia Tiina Tyyne Veera ' +
    'Venla Åsa Ylva Aleksi Akseli Antti Arttu Axel Björn Eetu Elias Eino Emil Erkki Göran Hannu ' +
    'Heikki Håkan Ilkka Jaakko Janne Jörgen Juha Jukka Jussi Kalle Kari Lauri Leevi Leo Markku Matti ' +
    'Mikko Måns Niilo Oliver Onni Oskari Otto Pekka Petri Riku Sami Sören Tapio Teemu Timo Tuomas ' +
    'Veikko Ville Vilho Väinö Yrjö',
);

/** Stems that take every suffix below (Koivu → Koivunen, Koivula, Koivusalo …). */
const NATURE_STEMS = words(
  'Virta Koivu Mänty Lehto Järvi Joki Koski Mäki Niemi Salo Laakso Ranta Saari Kivi Metsä Pelto ' +
    'Harju Lampi Kallio Hiekka Kuusi Leppä Pihlaja Tammi Kataja Pöyry Hällä Sävi',
);

/** Stems that only take -nen (Hämäläi → Hämäläinen). */
const NEN_STEMS = words(
  'Korho Hämäläi Lyytikäi Kärkkäi Räsä Jääskeläi Pöyhö Kettu Tuomi Heino Mietti Väisä Heikki Nurmi ' +
    'Turu Määttä',
);

const SWEDISH_SURNAMES = words(
  'Åberg Öhman Östman Sjöberg Björklund Lindqvist Nyström Söderholm Åkerlund Lindroos Holmström ' +
    'Grönroos Sundström Löfgren Backström Lindgren Wikström Bergström Ekholm Forsblom',
);

const BACK_VOWELS = /[aou]/i;

function suffixesFor(stem: string): string[] {
  const back = BACK_VOWELS.test(stem);
  return [
    '',
    'nen',
    back ? 'la' : 'lä',
    back ? 'mo' : 'mö',
    'salo',
    'lahti',
    'vaara',
    'mäki',
    'harju',
    'niemi',
  ];
}

function buildLastNames(): string[] {
  const names = new Set<string>();
  for (const stem of NATURE_STEMS) {
    for (const suffix of suffixesFor(stem)) {
      if (suffix.toLowerCase() === stem.toLowerCase()) continue;
      names.add(stem + suffix);
    }
  }
  for (const stem of NEN_STEMS) names.add(`${stem}nen`);
  for (const name of SWEDISH_SURNAMES) names.add(name);
  return [...names];
}

export const CITIES = ['Järvilaakso', 'Koivuranta', 'Mäntylä', 'Hällänmäki', 'Åstrand', 'Pöyrylä'];

export interface NameArrays {
  first: string[];
  firstSearch: string[];
  last: string[];
  lastSearch: string[];
}

/** The name arrays with their search forms, index for index: SQL indexes into them (1-based). */
export function nameArrays(): NameArrays {
  const first = [...new Set(FIRST_NAMES)];
  const last = buildLastNames();
  return {
    first,
    firstSearch: first.map(searchForm),
    last,
    lastSearch: last.map(searchForm),
  };
}
