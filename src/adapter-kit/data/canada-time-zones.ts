import type { CountryZoneTable } from './region-zone-table.js';

/*
 * Canada: provinces and territories, postal code first letters and forward sortation areas (the first
 * three characters) where a province is split, and towns on the other side of a line. Sources: the tz
 * database's zone comments for America/* zones in Canada and Canada Post's FSA map. Canada Post itself
 * sends a zone abbreviation with each event; this table is for the events that lack one.
 */

const NEWFOUNDLAND = 'America/St_Johns';
const ATLANTIC = 'America/Halifax';
const EASTERN = 'America/Toronto';
const CENTRAL = 'America/Winnipeg';
const SASKATCHEWAN = 'America/Regina';
const MOUNTAIN = 'America/Edmonton';
const PACIFIC = 'America/Vancouver';
const NORTHEAST_BC = 'America/Dawson_Creek';
const EASTERN_NO_DST = 'America/Atikokan';

/** Canada zone table: provinces, postal first letters and FSAs, towns of split provinces. */
export const CANADA_TIME_ZONES: CountryZoneTable = {
  primary: EASTERN,
  regions: [
    ['NL|NF', 'Newfoundland and Labrador|Newfoundland|Terre-Neuve-et-Labrador|Terre-Neuve', NEWFOUNDLAND], // Labrador listed by FSA
    ['NS', 'Nova Scotia|Nouvelle-Écosse', ATLANTIC],
    ['PE|PEI', 'Prince Edward Island|Île-du-Prince-Édouard', ATLANTIC],
    ['NB', 'New Brunswick|Nouveau-Brunswick', 'America/Moncton'],
    ['QC|PQ|QUE', 'Quebec|Québec', EASTERN, 'split'], // Magdalen Islands and the Lower North Shore are Atlantic
    ['ON|ONT', 'Ontario', EASTERN, 'split'], // north-west Ontario (Kenora, Fort Frances) is Central
    ['MB|MAN', 'Manitoba', CENTRAL],
    ['SK|SASK', 'Saskatchewan', SASKATCHEWAN, 'split'], // Lloydminster keeps Alberta time
    ['AB|ALTA', 'Alberta', MOUNTAIN],
    ['BC', 'British Columbia|Colombie-Britannique', PACIFIC, 'split'], // north-east and East Kootenay are Mountain
    ['YT|YK', 'Yukon|Yukon Territory', 'America/Whitehorse'],
    ['NT|NWT', 'Northwest Territories|Territoires du Nord-Ouest', 'America/Yellowknife'],
    ['NU', 'Nunavut', 'America/Iqaluit', 'split'], // Kivalliq is Central, Kitikmeot Mountain
  ],
  postalFormat: /^[A-Z]\d[A-Z](?:\d[A-Z]\d)?$/,
  postalRules: [
    ['A', 'A', NEWFOUNDLAND],
    ['B', 'B', ATLANTIC],
    ['C', 'C', ATLANTIC],
    ['E', 'E', 'America/Moncton'],
    ['G', 'H', EASTERN], // G, H, J: Quebec
    ['J', 'J', EASTERN],
    ['K', 'N', EASTERN], // K, L, M, N, P: Ontario
    ['P', 'P', EASTERN],
    ['R', 'R', CENTRAL],
    ['S', 'S', SASKATCHEWAN],
    ['T', 'T', MOUNTAIN],
    ['V', 'V', PACIFIC],
    ['Y', 'Y', 'America/Whitehorse'],
    ['X0A', 'X0A', 'America/Iqaluit'], // Nunavut: Qikiqtaaluk
    ['X0B', 'X0B', 'America/Cambridge_Bay'], // Nunavut: Kitikmeot
    ['X0C', 'X0C', 'America/Rankin_Inlet'], // Nunavut: Kivalliq
    ['X0E', 'X0E', 'America/Yellowknife'], // Northwest Territories
    ['X0G', 'X0G', 'America/Yellowknife'],
    ['X1A', 'X1A', 'America/Yellowknife'], // Yellowknife
    ['A0P', 'A0P', 'America/Goose_Bay'], // Labrador: Happy Valley-Goose Bay and the north coast
    ['A0R', 'A0R', 'America/Goose_Bay'], // Labrador: Churchill Falls, western Labrador
    ['A2V', 'A2V', 'America/Goose_Bay'], // Labrador City, Wabush
    ['G4T', 'G4T', ATLANTIC], // Magdalen Islands
    ['P0V', 'P0X', CENTRAL], // rural Kenora and Rainy River districts
    ['P8N', 'P8N', CENTRAL], // Dryden
    ['P8T', 'P8T', CENTRAL], // Sioux Lookout
    ['P9A', 'P9A', CENTRAL], // Fort Frances
    ['P9N', 'P9N', CENTRAL], // Kenora
    ['P0T1C0', 'P0T1C0', EASTERN_NO_DST], // Atikokan
    ['S9V', 'S9V', MOUNTAIN], // Lloydminster (Saskatchewan side)
    ['V0A', 'V0A', MOUNTAIN], // Golden, Invermere
    ['V0B', 'V0B', MOUNTAIN, 'mixed'], // Fernie, Sparwood; Creston keeps MST all year
    ['V0B1G0', 'V0B1G0', 'America/Creston'], // Creston
    ['V1A', 'V1A', MOUNTAIN], // Kimberley
    ['V1C', 'V1C', MOUNTAIN], // Cranbrook
    ['V0C', 'V0C', NORTHEAST_BC], // north-east BC: MST all year
    ['V0C1R0', 'V0C1R0', 'America/Fort_Nelson'], // Fort Nelson
    ['V1G', 'V1G', NORTHEAST_BC], // Dawson Creek
    ['V1J', 'V1J', NORTHEAST_BC], // Fort St. John
  ],
  cities: [
    ['QC', 'Blanc-Sablon|Lourdes-de-Blanc-Sablon|Bonne-Espérance|Saint-Augustin|La Tabatière|Harrington Harbour|Tête-à-la-Baleine|Chevery|Mutton Bay|Kegaska|Gros-Mécatina', 'America/Blanc-Sablon'],
    ['QC', 'Îles-de-la-Madeleine|Cap-aux-Meules|Havre-aux-Maisons|Fatima|Grosse-Île|Havre-Aubert|L’Étang-du-Nord', ATLANTIC],
    ['QC', 'Montréal|Montreal|Québec|Quebec City|Laval|Gatineau|Longueuil|Sherbrooke|Saguenay|Lévis|Trois-Rivières|Terrebonne|Sept-Îles|Rimouski|Gaspé|Dorval|Mirabel', EASTERN],
    ['ON', 'Kenora|Dryden|Fort Frances|Sioux Lookout|Red Lake|Rainy River|Emo|Ear Falls|Keewatin|Vermilion Bay|Pickle Lake', CENTRAL],
    ['ON', 'Atikokan', EASTERN_NO_DST],
    ['ON', 'Toronto|Ottawa|Mississauga|Brampton|Hamilton|London|Markham|Vaughan|Kitchener|Windsor|Thunder Bay|Sudbury|Greater Sudbury|Kingston|Barrie|Oshawa|Sault Ste. Marie|Timmins|North Bay|Guelph|Waterloo|Richmond Hill|Oakville|Burlington|Mississauga|Etobicoke|Scarborough|North York', EASTERN],
    ['SK', 'Lloydminster', MOUNTAIN],
    ['SK', 'Creighton|Denare Beach', CENTRAL],
    ['SK', 'Regina|Saskatoon|Prince Albert|Moose Jaw|Swift Current|Yorkton|North Battleford|Estevan|Weyburn', SASKATCHEWAN],
    ['BC', 'Dawson Creek|Fort St. John|Chetwynd|Tumbler Ridge|Hudson’s Hope|Taylor|Pouce Coupe', NORTHEAST_BC],
    ['BC', 'Fort Nelson', 'America/Fort_Nelson'],
    ['BC', 'Creston', 'America/Creston'],
    ['BC', 'Cranbrook|Kimberley|Fernie|Sparwood|Elkford|Golden|Invermere|Radium Hot Springs|Field|Canal Flats', MOUNTAIN],
    ['BC', 'Vancouver|Surrey|Burnaby|Richmond|Victoria|Kelowna|Abbotsford|Coquitlam|Langley|Delta|Nanaimo|Kamloops|Prince George|Chilliwack|Vernon|Penticton|Nelson|Revelstoke|Prince Rupert|Whistler|Richmond', PACIFIC],
    ['NU', 'Iqaluit|Pangnirtung|Pond Inlet|Igloolik|Kinngait|Cape Dorset|Clyde River|Arctic Bay|Qikiqtarjuaq|Hall Beach|Sanirajak|Kimmirut|Grise Fiord', 'America/Iqaluit'],
    ['NU', 'Rankin Inlet|Arviat|Baker Lake|Chesterfield Inlet|Whale Cove|Naujaat|Repulse Bay', 'America/Rankin_Inlet'],
    ['NU', 'Resolute|Resolute Bay', 'America/Resolute'],
    ['NU', 'Coral Harbour|Salliq', EASTERN_NO_DST],
    ['NU', 'Cambridge Bay|Kugluktuk|Gjoa Haven|Taloyoak', 'America/Cambridge_Bay'],
    ['NL', 'Happy Valley-Goose Bay|Goose Bay|Labrador City|Wabush|Churchill Falls|Nain|Hopedale|Makkovik|Postville|Rigolet|North West River|Sheshatshiu|Natuashish', 'America/Goose_Bay'],
  ],
};
