import type { CountryZoneTable } from './region-zone-table.js';

/*
 * The smaller multi-zone countries: outlying islands with their own clock (Azores, Canaries, Galápagos,
 * Chatham, Easter Island), countries split east-west (Kazakhstan before March 2024, Democratic Republic
 * of the Congo, Mongolia, Chile), and Pacific states spread over several zones. Sources: the tz
 * database's zone comments for each zone named here and ISO 3166-2 subdivision codes.
 */

/** Kazakhstan zone table (one clock since 2024-03-01, distinct zones before). */
export const KAZAKHSTAN_TIME_ZONES: CountryZoneTable = {
  // One clock (+05) since 2024-03-01; the zones still differ before that date.
  primary: 'Asia/Almaty',
  regions: [
    ['ALA', 'Almaty|Almaty City|Алматы', 'Asia/Almaty'],
    ['ALM', 'Almaty Region|Almaty Oblysy|Алматинская область', 'Asia/Almaty'],
    ['AST', 'Astana|Nur-Sultan|Астана', 'Asia/Almaty'],
    ['SHY', 'Shymkent|Шымкент', 'Asia/Almaty'],
    ['AKM', 'Akmola|Aqmola|Акмолинская область', 'Asia/Almaty'],
    ['AKT', 'Aktobe|Aqtobe|Актюбинская область', 'Asia/Aqtobe'],
    ['ATY', 'Atyrau|Атырауская область', 'Asia/Atyrau'],
    ['ZAP', 'West Kazakhstan|Batys Qazaqstan|Западно-Казахстанская область', 'Asia/Oral'],
    ['MAN', 'Mangystau|Mangghystau|Мангистауская область', 'Asia/Aqtau'],
    ['KZY', 'Kyzylorda|Qyzylorda|Кызылординская область', 'Asia/Qyzylorda'],
    ['KUS', 'Kostanay|Qostanay|Костанайская область', 'Asia/Qostanay'],
    ['SEV', 'North Kazakhstan|Soltustik Qazaqstan|Северо-Казахстанская область', 'Asia/Almaty'],
    ['PAV', 'Pavlodar|Павлодарская область', 'Asia/Almaty'],
    ['KAR', 'Karaganda|Qaraghandy|Карагандинская область', 'Asia/Almaty'],
    ['VOS', 'East Kazakhstan|Shyghys Qazaqstan|Восточно-Казахстанская область', 'Asia/Almaty'],
    ['ZHA', 'Zhambyl|Jambyl|Жамбылская область', 'Asia/Almaty'],
    ['YUZ', 'Turkistan|Turkestan|South Kazakhstan|Туркестанская область', 'Asia/Almaty'],
    ['ABY', 'Abai|Abay|Абайская область', 'Asia/Almaty'],
    ['JET', 'Jetisu|Zhetysu|Жетысуская область', 'Asia/Almaty'],
    ['ULY', 'Ulytau|Улытауская область', 'Asia/Almaty'],
  ],
  cities: [
    ['', 'Almaty|Astana|Nur-Sultan|Shymkent|Karaganda|Pavlodar|Ust-Kamenogorsk|Oskemen|Semey|Taraz|Petropavl|Turkistan|Kokshetau|Taldykorgan', 'Asia/Almaty'],
    ['', 'Aktobe|Aqtobe', 'Asia/Aqtobe'],
    ['', 'Atyrau', 'Asia/Atyrau'],
    ['', 'Oral|Uralsk', 'Asia/Oral'],
    ['', 'Aktau|Aqtau|Zhanaozen', 'Asia/Aqtau'],
    ['', 'Kyzylorda|Qyzylorda|Baikonur', 'Asia/Qyzylorda'],
    ['', 'Kostanay|Qostanay|Rudny', 'Asia/Qostanay'],
  ],
};

/** Chile zone table: regions, Magallanes, Aysén and Easter Island. */
export const CHILE_TIME_ZONES: CountryZoneTable = {
  primary: 'America/Santiago',
  regions: [
    ['AP', 'Arica y Parinacota|Arica and Parinacota', 'America/Santiago'],
    ['TA', 'Tarapacá', 'America/Santiago'],
    ['AN', 'Antofagasta', 'America/Santiago'],
    ['AT', 'Atacama', 'America/Santiago'],
    ['CO', 'Coquimbo', 'America/Santiago'],
    ['VS', 'Valparaíso', 'America/Santiago'], // Easter Island listed by name
    ['RM', 'Región Metropolitana|Metropolitana|Metropolitana de Santiago|Santiago Metropolitan|Santiago', 'America/Santiago'],
    ['LI', "Libertador General Bernardo O'Higgins|O'Higgins", 'America/Santiago'],
    ['ML', 'Maule', 'America/Santiago'],
    ['NB', 'Ñuble', 'America/Santiago'],
    ['BI', 'Biobío|Bío Bío', 'America/Santiago'],
    ['AR', 'Araucanía|La Araucanía', 'America/Santiago'],
    ['LR', 'Los Ríos', 'America/Santiago'],
    ['LL', 'Los Lagos', 'America/Santiago'],
    ['AI', 'Aysén|Aisén|Aysén del General Carlos Ibáñez del Campo', 'America/Coyhaique'],
    ['MA', 'Magallanes|Magallanes y de la Antártica Chilena|Magallanes and Chilean Antarctica', 'America/Punta_Arenas'],
  ],
  cities: [
    ['', 'Isla de Pascua|Easter Island|Hanga Roa|Rapa Nui', 'Pacific/Easter'],
    ['', 'Punta Arenas|Puerto Natales|Porvenir|Puerto Williams', 'America/Punta_Arenas'],
    ['', 'Coyhaique|Puerto Aysén', 'America/Coyhaique'],
  ],
};

/** Portugal zone table: districts, Azores and Madeira. */
export const PORTUGAL_TIME_ZONES: CountryZoneTable = {
  primary: 'Europe/Lisbon',
  regions: [
    ['20', 'Açores|Azores|Região Autónoma dos Açores', 'Atlantic/Azores'],
    ['30', 'Madeira|Região Autónoma da Madeira', 'Atlantic/Madeira'],
    ['01', 'Aveiro', 'Europe/Lisbon'],
    ['02', 'Beja', 'Europe/Lisbon'],
    ['03', 'Braga', 'Europe/Lisbon'],
    ['04', 'Bragança', 'Europe/Lisbon'],
    ['05', 'Castelo Branco', 'Europe/Lisbon'],
    ['06', 'Coimbra', 'Europe/Lisbon'],
    ['07', 'Évora', 'Europe/Lisbon'],
    ['08', 'Faro|Algarve', 'Europe/Lisbon'],
    ['09', 'Guarda', 'Europe/Lisbon'],
    ['10', 'Leiria', 'Europe/Lisbon'],
    ['11', 'Lisboa|Lisbon', 'Europe/Lisbon'],
    ['12', 'Portalegre', 'Europe/Lisbon'],
    ['13', 'Porto|Oporto', 'Europe/Lisbon'],
    ['14', 'Santarém', 'Europe/Lisbon'],
    ['15', 'Setúbal', 'Europe/Lisbon'],
    ['16', 'Viana do Castelo', 'Europe/Lisbon'],
    ['17', 'Vila Real', 'Europe/Lisbon'],
    ['18', 'Viseu', 'Europe/Lisbon'],
  ],
  postalFormat: /^\d{4}(?:\d{3})?$/,
  postalRules: [
    ['1', '8', 'Europe/Lisbon'],
    ['90', '94', 'Atlantic/Madeira'],
    ['95', '99', 'Atlantic/Azores'],
  ],
  cities: [
    ['', 'Ponta Delgada|Angra do Heroísmo|Horta|Praia da Vitória|Ribeira Grande', 'Atlantic/Azores'],
    ['', 'Funchal|Porto Santo', 'Atlantic/Madeira'],
  ],
};

/** Spain zone table: communities and provinces, Canary Islands, Ceuta and Melilla. */
export const SPAIN_TIME_ZONES: CountryZoneTable = {
  primary: 'Europe/Madrid',
  regions: [
    ['CN', 'Canarias|Canary Islands|Islas Canarias', 'Atlantic/Canary'],
    ['GC', 'Las Palmas', 'Atlantic/Canary'],
    ['TF', 'Santa Cruz de Tenerife|Tenerife', 'Atlantic/Canary'],
    ['CE', 'Ceuta', 'Africa/Ceuta'],
    ['ML', 'Melilla', 'Africa/Ceuta'],
    ['AN', 'Andalucía|Andalusia', 'Europe/Madrid'],
    ['AR', 'Aragón', 'Europe/Madrid'],
    ['AS', 'Asturias|Principado de Asturias', 'Europe/Madrid'],
    ['IB|PM', 'Illes Balears|Islas Baleares|Balearic Islands|Baleares', 'Europe/Madrid'],
    ['CB', 'Cantabria', 'Europe/Madrid'],
    ['CL', 'Castilla y León|Castile and León', 'Europe/Madrid'],
    ['CM', 'Castilla-La Mancha', 'Europe/Madrid'],
    ['CT', 'Cataluña|Catalunya|Catalonia', 'Europe/Madrid'],
    ['VC', 'Comunidad Valenciana|Comunitat Valenciana|Valencian Community', 'Europe/Madrid'],
    ['EX', 'Extremadura', 'Europe/Madrid'],
    ['GA', 'Galicia', 'Europe/Madrid'],
    ['MD', 'Comunidad de Madrid|Madrid', 'Europe/Madrid'],
    ['MC', 'Región de Murcia|Murcia', 'Europe/Madrid'],
    ['NC', 'Navarra|Comunidad Foral de Navarra|Nafarroa', 'Europe/Madrid'],
    ['PV', 'País Vasco|Euskadi|Basque Country', 'Europe/Madrid'],
    ['RI', 'La Rioja|Rioja', 'Europe/Madrid'],
    ['C', 'A Coruña|La Coruña', 'Europe/Madrid'],
    ['VI', 'Álava|Araba', 'Europe/Madrid'],
    ['AB', 'Albacete', 'Europe/Madrid'],
    ['A', 'Alicante|Alacant', 'Europe/Madrid'],
    ['AL', 'Almería', 'Europe/Madrid'],
    ['O', 'Oviedo', 'Europe/Madrid'],
    ['AV', 'Ávila', 'Europe/Madrid'],
    ['BA', 'Badajoz', 'Europe/Madrid'],
    ['B', 'Barcelona', 'Europe/Madrid'],
    ['BI', 'Bizkaia|Vizcaya', 'Europe/Madrid'],
    ['BU', 'Burgos', 'Europe/Madrid'],
    ['CC', 'Cáceres', 'Europe/Madrid'],
    ['CA', 'Cádiz', 'Europe/Madrid'],
    ['S', 'Santander', 'Europe/Madrid'],
    ['CS', 'Castellón|Castelló', 'Europe/Madrid'],
    ['CR', 'Ciudad Real', 'Europe/Madrid'],
    ['CO', 'Córdoba', 'Europe/Madrid'],
    ['CU', 'Cuenca', 'Europe/Madrid'],
    ['SS', 'Gipuzkoa|Guipúzcoa', 'Europe/Madrid'],
    ['GI', 'Girona|Gerona', 'Europe/Madrid'],
    ['GR', 'Granada', 'Europe/Madrid'],
    ['GU', 'Guadalajara', 'Europe/Madrid'],
    ['H', 'Huelva', 'Europe/Madrid'],
    ['HU', 'Huesca', 'Europe/Madrid'],
    ['J', 'Jaén', 'Europe/Madrid'],
    ['LE', 'León', 'Europe/Madrid'],
    ['L', 'Lleida|Lérida', 'Europe/Madrid'],
    ['LU', 'Lugo', 'Europe/Madrid'],
    ['MA', 'Málaga', 'Europe/Madrid'],
    ['OR', 'Ourense|Orense', 'Europe/Madrid'],
    ['P', 'Palencia', 'Europe/Madrid'],
    ['PO', 'Pontevedra', 'Europe/Madrid'],
    ['SA', 'Salamanca', 'Europe/Madrid'],
    ['SG', 'Segovia', 'Europe/Madrid'],
    ['SE', 'Sevilla|Seville', 'Europe/Madrid'],
    ['SO', 'Soria', 'Europe/Madrid'],
    ['T', 'Tarragona', 'Europe/Madrid'],
    ['TE', 'Teruel', 'Europe/Madrid'],
    ['TO', 'Toledo', 'Europe/Madrid'],
    ['V', 'Valencia|València', 'Europe/Madrid'],
    ['VA', 'Valladolid', 'Europe/Madrid'],
    ['ZA', 'Zamora', 'Europe/Madrid'],
    ['Z', 'Zaragoza', 'Europe/Madrid'],
  ],
  postalFormat: /^\d{5}$/,
  postalRules: [
    ['01', '52', 'Europe/Madrid'],
    ['35', '35', 'Atlantic/Canary'], // Las Palmas
    ['38', '38', 'Atlantic/Canary'], // Santa Cruz de Tenerife
    ['51', '52', 'Africa/Ceuta'], // Ceuta, Melilla
  ],
  cities: [
    ['', 'Las Palmas de Gran Canaria|Santa Cruz de Tenerife|San Cristóbal de La Laguna|Arrecife|Puerto del Rosario|Telde|Adeje|Arona', 'Atlantic/Canary'],
  ],
};

/** Ecuador zone table: provinces and the Galápagos. */
export const ECUADOR_TIME_ZONES: CountryZoneTable = {
  primary: 'America/Guayaquil',
  regions: [
    ['W', 'Galápagos|Galapagos|Islas Galápagos', 'Pacific/Galapagos'],
    ['A', 'Azuay', 'America/Guayaquil'],
    ['B', 'Bolívar', 'America/Guayaquil'],
    ['F', 'Cañar', 'America/Guayaquil'],
    ['C', 'Carchi', 'America/Guayaquil'],
    ['H', 'Chimborazo', 'America/Guayaquil'],
    ['X', 'Cotopaxi', 'America/Guayaquil'],
    ['O', 'El Oro', 'America/Guayaquil'],
    ['E', 'Esmeraldas', 'America/Guayaquil'],
    ['G', 'Guayas', 'America/Guayaquil'],
    ['I', 'Imbabura', 'America/Guayaquil'],
    ['L', 'Loja', 'America/Guayaquil'],
    ['R', 'Los Ríos', 'America/Guayaquil'],
    ['M', 'Manabí', 'America/Guayaquil'],
    ['S', 'Morona Santiago', 'America/Guayaquil'],
    ['N', 'Napo', 'America/Guayaquil'],
    ['D', 'Orellana', 'America/Guayaquil'],
    ['Y', 'Pastaza', 'America/Guayaquil'],
    ['P', 'Pichincha|Quito', 'America/Guayaquil'],
    ['SE', 'Santa Elena', 'America/Guayaquil'],
    ['SD', 'Santo Domingo de los Tsáchilas|Santo Domingo', 'America/Guayaquil'],
    ['U', 'Sucumbíos', 'America/Guayaquil'],
    ['T', 'Tungurahua', 'America/Guayaquil'],
    ['Z', 'Zamora Chinchipe', 'America/Guayaquil'],
  ],
  postalFormat: /^\d{6}$/,
  postalRules: [
    ['01', '24', 'America/Guayaquil'],
    ['20', '20', 'Pacific/Galapagos'],
  ],
  cities: [['', 'Puerto Ayora|Puerto Baquerizo Moreno|Puerto Villamil|Santa Cruz Galápagos', 'Pacific/Galapagos']],
};

/** New Zealand zone table: regions and the Chatham Islands. */
export const NEW_ZEALAND_TIME_ZONES: CountryZoneTable = {
  primary: 'Pacific/Auckland',
  regions: [
    ['CIT', 'Chatham Islands|Chatham Islands Territory|Chatham', 'Pacific/Chatham'],
    ['NTL', 'Northland', 'Pacific/Auckland'],
    ['AUK', 'Auckland', 'Pacific/Auckland'],
    ['WKO', 'Waikato', 'Pacific/Auckland'],
    ['BOP', 'Bay of Plenty', 'Pacific/Auckland'],
    ['GIS', 'Gisborne|Tairāwhiti', 'Pacific/Auckland'],
    ['HKB', "Hawke's Bay", 'Pacific/Auckland'],
    ['TKI', 'Taranaki', 'Pacific/Auckland'],
    ['MWT', 'Manawatū-Whanganui|Manawatu-Wanganui', 'Pacific/Auckland'],
    ['WGN', 'Wellington', 'Pacific/Auckland'],
    ['TAS', 'Tasman', 'Pacific/Auckland'],
    ['NSN', 'Nelson', 'Pacific/Auckland'],
    ['MBH', 'Marlborough', 'Pacific/Auckland'],
    ['WTC', 'West Coast', 'Pacific/Auckland'],
    ['CAN', 'Canterbury', 'Pacific/Auckland'],
    ['OTA', 'Otago', 'Pacific/Auckland'],
    ['STL', 'Southland', 'Pacific/Auckland'],
  ],
  postalFormat: /^\d{4}$/,
  postalRules: [
    ['01', '99', 'Pacific/Auckland'],
    ['8942', '8942', 'Pacific/Chatham'],
  ],
  cities: [['', 'Waitangi|Chatham Islands|Pitt Island', 'Pacific/Chatham']],
};

/** Democratic Republic of the Congo zone table: western and eastern provinces. */
export const CONGO_KINSHASA_TIME_ZONES: CountryZoneTable = {
  // The capital and international gateway's zone; the east (Lubumbashi) is one hour ahead.
  primary: 'Africa/Kinshasa',
  regions: [
    ['KN', 'Kinshasa', 'Africa/Kinshasa'],
    ['BC', 'Kongo Central|Kongo-Central|Bas-Congo', 'Africa/Kinshasa'],
    ['KG', 'Kwango', 'Africa/Kinshasa'],
    ['KL', 'Kwilu', 'Africa/Kinshasa'],
    ['MN', 'Mai-Ndombe', 'Africa/Kinshasa'],
    ['EQ', 'Équateur|Equateur', 'Africa/Kinshasa'],
    ['MO', 'Mongala', 'Africa/Kinshasa'],
    ['NU', 'Nord-Ubangi', 'Africa/Kinshasa'],
    ['SU', 'Sud-Ubangi', 'Africa/Kinshasa'],
    ['TU', 'Tshuapa', 'Africa/Kinshasa'],
    ['BU', 'Bas-Uele', 'Africa/Lubumbashi'],
    ['HU', 'Haut-Uele', 'Africa/Lubumbashi'],
    ['IT', 'Ituri', 'Africa/Lubumbashi'],
    ['TO', 'Tshopo', 'Africa/Lubumbashi'],
    ['NK', 'Nord-Kivu|North Kivu', 'Africa/Lubumbashi'],
    ['SK', 'Sud-Kivu|South Kivu', 'Africa/Lubumbashi'],
    ['MA', 'Maniema', 'Africa/Lubumbashi'],
    ['KS', 'Kasaï|Kasai', 'Africa/Lubumbashi'],
    ['KC', 'Kasaï-Central|Kasai-Central', 'Africa/Lubumbashi'],
    ['KE', 'Kasaï-Oriental|Kasai-Oriental', 'Africa/Lubumbashi'],
    ['LO', 'Lomami', 'Africa/Lubumbashi'],
    ['SA', 'Sankuru', 'Africa/Lubumbashi'],
    ['HL', 'Haut-Lomami', 'Africa/Lubumbashi'],
    ['HK', 'Haut-Katanga', 'Africa/Lubumbashi'],
    ['LU', 'Lualaba', 'Africa/Lubumbashi'],
    ['TA', 'Tanganyika', 'Africa/Lubumbashi'],
  ],
  cities: [
    ['', 'Kinshasa|Matadi|Boma|Mbandaka|Kikwit|Bandundu|Gemena', 'Africa/Kinshasa'],
    ['', 'Lubumbashi|Goma|Bukavu|Kisangani|Kolwezi|Likasi|Mbuji-Mayi|Kananga|Kalemie|Bunia|Uvira|Butembo|Beni', 'Africa/Lubumbashi'],
  ],
};

/** Mongolia zone table: the three western aimags on Hovd time. */
export const MONGOLIA_TIME_ZONES: CountryZoneTable = {
  primary: 'Asia/Ulaanbaatar',
  regions: [
    ['071', 'Bayan-Ölgii|Bayan-Olgii|Bayan-Ölgiy', 'Asia/Hovd'],
    ['043', 'Khovd|Hovd|Ховд', 'Asia/Hovd'],
    ['046', 'Uvs', 'Asia/Hovd'],
    ['1', 'Ulaanbaatar|Ulan Bator|Улаанбаатар', 'Asia/Ulaanbaatar'],
    ['073', 'Arkhangai', 'Asia/Ulaanbaatar'],
    ['069', 'Bayankhongor', 'Asia/Ulaanbaatar'],
    ['067', 'Bulgan', 'Asia/Ulaanbaatar'],
    ['037', 'Darkhan-Uul', 'Asia/Ulaanbaatar'],
    ['061', 'Dornod', 'Asia/Ulaanbaatar'],
    ['063', 'Dornogovi', 'Asia/Ulaanbaatar'],
    ['059', 'Dundgovi', 'Asia/Ulaanbaatar'],
    ['065', 'Govi-Altai', 'Asia/Ulaanbaatar'],
    ['064', 'Govisümber|Govisumber', 'Asia/Ulaanbaatar'],
    ['039', 'Khentii', 'Asia/Ulaanbaatar'],
    ['041', 'Khövsgöl|Khovsgol', 'Asia/Ulaanbaatar'],
    ['053', 'Ömnögovi|Omnogovi', 'Asia/Ulaanbaatar'],
    ['035', 'Orkhon', 'Asia/Ulaanbaatar'],
    ['055', 'Övörkhangai|Uvurkhangai', 'Asia/Ulaanbaatar'],
    ['049', 'Selenge', 'Asia/Ulaanbaatar'],
    ['051', 'Sükhbaatar|Sukhbaatar', 'Asia/Ulaanbaatar'],
    ['047', 'Töv|Tuv', 'Asia/Ulaanbaatar'],
    ['057', 'Zavkhan', 'Asia/Ulaanbaatar'],
  ],
  cities: [
    ['', 'Khovd|Hovd|Ölgii|Olgii|Ulaangom', 'Asia/Hovd'],
    ['', 'Ulaanbaatar|Ulan Bator|Erdenet|Darkhan|Choibalsan', 'Asia/Ulaanbaatar'],
  ],
};

/** Kiribati zone table: Gilbert, Phoenix and Line Islands. */
export const KIRIBATI_TIME_ZONES: CountryZoneTable = {
  primary: 'Pacific/Tarawa',
  regions: [
    ['G', 'Gilbert Islands|Gilberts', 'Pacific/Tarawa'],
    ['P', 'Phoenix Islands', 'Pacific/Kanton'],
    ['L', 'Line Islands', 'Pacific/Kiritimati'],
  ],
  cities: [
    ['', 'Tarawa|South Tarawa|Bairiki|Betio', 'Pacific/Tarawa'],
    ['', 'Kiritimati|Christmas Island|London|Tabuaeran|Fanning Island', 'Pacific/Kiritimati'],
    ['', 'Kanton|Canton', 'Pacific/Kanton'],
  ],
};

/** Federated States of Micronesia zone table: Chuuk and Yap, Pohnpei, Kosrae. */
export const MICRONESIA_TIME_ZONES: CountryZoneTable = {
  primary: 'Pacific/Chuuk',
  regions: [
    ['TRK', 'Chuuk', 'Pacific/Chuuk'],
    ['YAP', 'Yap', 'Pacific/Chuuk'],
    ['PNI', 'Pohnpei', 'Pacific/Pohnpei'],
    ['KSA', 'Kosrae', 'Pacific/Kosrae'],
  ],
  postalFormat: /^\d{5}(?:\d{4})?$/,
  postalRules: [
    ['96941', '96941', 'Pacific/Pohnpei'],
    ['96942', '96943', 'Pacific/Chuuk'],
    ['96944', '96944', 'Pacific/Kosrae'],
  ],
  cities: [
    ['', 'Palikir|Kolonia', 'Pacific/Pohnpei'],
    ['', 'Weno|Colonia', 'Pacific/Chuuk'],
    ['', 'Tofol|Lelu', 'Pacific/Kosrae'],
  ],
};

/** French Polynesia zone table: Society Islands, Marquesas, Gambier. */
export const FRENCH_POLYNESIA_TIME_ZONES: CountryZoneTable = {
  primary: 'Pacific/Tahiti',
  regions: [
    ['', 'Îles du Vent|Windward Islands|Îles Sous-le-Vent|Leeward Islands|Society Islands|Îles de la Société|Tuamotu|Îles Tuamotu|Austral Islands|Îles Australes|Tahiti', 'Pacific/Tahiti'],
    ['', 'Marquesas|Marquesas Islands|Îles Marquises|Marquises', 'Pacific/Marquesas'],
    ['', 'Gambier|Gambier Islands|Îles Gambier', 'Pacific/Gambier'],
  ],
  cities: [
    ['', 'Papeete|Faaa|Faa’a|Punaauia|Pirae|Moorea|Bora Bora|Raiatea|Huahine|Rangiroa', 'Pacific/Tahiti'],
    ['', 'Nuku Hiva|Taiohae|Hiva Oa|Atuona|Ua Pou|Ua Huka|Tahuata|Fatu Hiva', 'Pacific/Marquesas'],
    ['', 'Mangareva|Rikitea', 'Pacific/Gambier'],
  ],
};

/** Papua New Guinea zone table: provinces and Bougainville. */
export const PAPUA_NEW_GUINEA_TIME_ZONES: CountryZoneTable = {
  primary: 'Pacific/Port_Moresby',
  regions: [
    ['NSB', 'Bougainville|Autonomous Region of Bougainville|North Solomons', 'Pacific/Bougainville'],
    ['NCD', 'National Capital District|Port Moresby', 'Pacific/Port_Moresby'],
    ['CPM', 'Central', 'Pacific/Port_Moresby'],
    ['CPK', 'Chimbu|Simbu', 'Pacific/Port_Moresby'],
    ['EHG', 'Eastern Highlands', 'Pacific/Port_Moresby'],
    ['EBR', 'East New Britain', 'Pacific/Port_Moresby'],
    ['ESW', 'East Sepik', 'Pacific/Port_Moresby'],
    ['EPW', 'Enga', 'Pacific/Port_Moresby'],
    ['GPK', 'Gulf', 'Pacific/Port_Moresby'],
    ['HLA', 'Hela', 'Pacific/Port_Moresby'],
    ['JWK', 'Jiwaka', 'Pacific/Port_Moresby'],
    ['MPM', 'Madang', 'Pacific/Port_Moresby'],
    ['MRL', 'Manus', 'Pacific/Port_Moresby'],
    ['MBA', 'Milne Bay', 'Pacific/Port_Moresby'],
    ['MPL', 'Morobe', 'Pacific/Port_Moresby'],
    ['NIK', 'New Ireland', 'Pacific/Port_Moresby'],
    ['NPP', 'Northern|Oro', 'Pacific/Port_Moresby'],
    ['SHM', 'Southern Highlands', 'Pacific/Port_Moresby'],
    ['WPD', 'Western', 'Pacific/Port_Moresby'],
    ['WHM', 'Western Highlands', 'Pacific/Port_Moresby'],
    ['WBK', 'West New Britain', 'Pacific/Port_Moresby'],
    ['SAN', 'West Sepik|Sandaun', 'Pacific/Port_Moresby'],
  ],
  cities: [
    ['', 'Buka|Arawa', 'Pacific/Bougainville'],
    ['', 'Port Moresby|Lae|Mount Hagen|Madang|Kokopo|Goroka|Wewak', 'Pacific/Port_Moresby'],
  ],
};

/** Ukraine zone table: oblasts, Crimea and Sevastopol. */
export const UKRAINE_TIME_ZONES: CountryZoneTable = {
  // Crimea and Sevastopol have kept Moscow time since 2014 (Europe/Simferopol).
  primary: 'Europe/Kyiv',
  regions: [
    ['43', 'Crimea|Autonomous Republic of Crimea|Krym|Крим|Крым', 'Europe/Simferopol'],
    ['40', 'Sevastopol|Севастополь', 'Europe/Simferopol'],
    ['30', 'Kyiv|Kiev|Kyiv City|Київ', 'Europe/Kyiv'],
    ['32', 'Kyiv Oblast|Kyivska|Київська область', 'Europe/Kyiv'],
    ['71', 'Cherkasy|Cherkaska', 'Europe/Kyiv'],
    ['74', 'Chernihiv|Chernihivska', 'Europe/Kyiv'],
    ['77', 'Chernivtsi|Chernivetska', 'Europe/Kyiv'],
    ['12', 'Dnipropetrovsk|Dnipropetrovska|Dnipro', 'Europe/Kyiv'],
    ['14', 'Donetsk|Donetska', 'Europe/Kyiv'],
    ['26', 'Ivano-Frankivsk|Ivano-Frankivska', 'Europe/Kyiv'],
    ['63', 'Kharkiv|Kharkivska', 'Europe/Kyiv'],
    ['65', 'Kherson|Khersonska', 'Europe/Kyiv'],
    ['68', 'Khmelnytskyi|Khmelnytska', 'Europe/Kyiv'],
    ['35', 'Kirovohrad|Kirovohradska|Kropyvnytskyi', 'Europe/Kyiv'],
    ['09', 'Luhansk|Luhanska', 'Europe/Kyiv'],
    ['46', 'Lviv|Lvivska', 'Europe/Kyiv'],
    ['48', 'Mykolaiv|Mykolaivska', 'Europe/Kyiv'],
    ['51', 'Odesa|Odessa|Odeska', 'Europe/Kyiv'],
    ['53', 'Poltava|Poltavska', 'Europe/Kyiv'],
    ['56', 'Rivne|Rivnenska', 'Europe/Kyiv'],
    ['59', 'Sumy|Sumska', 'Europe/Kyiv'],
    ['61', 'Ternopil|Ternopilska', 'Europe/Kyiv'],
    ['05', 'Vinnytsia|Vinnytska', 'Europe/Kyiv'],
    ['07', 'Volyn|Volynska', 'Europe/Kyiv'],
    ['21', 'Zakarpattia|Zakarpatska|Transcarpathia', 'Europe/Kyiv'],
    ['23', 'Zaporizhzhia|Zaporizka', 'Europe/Kyiv'],
    ['18', 'Zhytomyr|Zhytomyrska', 'Europe/Kyiv'],
  ],
  cities: [['', 'Simferopol|Sevastopol|Yalta|Kerch|Feodosia|Yevpatoria', 'Europe/Simferopol']],
};

/** Greenland zone table: municipalities and the settlements with another clock. */
export const GREENLAND_TIME_ZONES: CountryZoneTable = {
  primary: 'America/Nuuk',
  regions: [
    ['AV', 'Avannaata', 'America/Nuuk'], // Pituffik Space Base keeps Atlantic time (listed by name)
    ['KU', 'Kujalleq', 'America/Nuuk'],
    ['QT', 'Qeqqata', 'America/Nuuk'],
    ['QE', 'Qeqertalik', 'America/Nuuk'],
    ['SM', 'Sermersooq', 'America/Nuuk'], // Ittoqqortoormiit keeps -01/+00 (listed by name)
  ],
  cities: [
    ['', 'Ittoqqortoormiit|Scoresbysund', 'America/Scoresbysund'],
    ['', 'Pituffik|Thule|Thule Air Base|Pituffik Space Base', 'America/Thule'],
    ['', 'Danmarkshavn', 'America/Danmarkshavn'],
    ['', 'Nuuk|Godthåb|Sisimiut|Ilulissat|Qaqortoq|Aasiaat|Maniitsoq|Tasiilaq|Narsaq|Paamiut|Upernavik|Uummannaq|Qaanaaq|Kangerlussuaq', 'America/Nuuk'],
  ],
};

/** US Minor Outlying Islands zone table: Wake, Midway, Johnston. */
export const US_OUTLYING_ISLANDS_TIME_ZONES: CountryZoneTable = {
  primary: 'Pacific/Wake',
  regions: [
    ['79', 'Wake Island|Wake', 'Pacific/Wake'],
    ['71', 'Midway Islands|Midway Atoll|Midway', 'Pacific/Midway'],
    ['67', 'Johnston Atoll|Johnston', 'Pacific/Honolulu'],
  ],
};
