import type { CountryZoneTable } from './region-zone-table.js';

/*
 * Mexico: the 32 federal entities (ISO 3166-2:MX codes and the abbreviations carriers use), postal code
 * ranges per entity, and the US-border municipalities that still follow US daylight saving rules since
 * Mexico dropped DST elsewhere in 2022. Sources: the tz database's America/* zone comments for Mexico and
 * SEPOMEX postal code ranges per state.
 */

const CENTRO = 'America/Mexico_City';
const MONTERREY = 'America/Monterrey';
const MATAMOROS = 'America/Matamoros';
const PACIFICO = 'America/Mazatlan';

/** Mexico zone table: federal entities, postal code ranges, US-border municipalities. */
export const MEXICO_TIME_ZONES: CountryZoneTable = {
  primary: CENTRO,
  regions: [
    ['AGU|AGS', 'Aguascalientes', CENTRO],
    ['BCN|BC', 'Baja California|Baja California Norte', 'America/Tijuana'],
    ['BCS', 'Baja California Sur', PACIFICO],
    ['CAM|CAMP', 'Campeche', 'America/Merida'],
    ['CHP|CHIS', 'Chiapas', CENTRO],
    ['CHH|CHIH', 'Chihuahua', 'America/Chihuahua', 'split'], // Ciudad Juárez and Ojinaga follow US rules
    ['CMX|CDMX|DF|DIF', 'Ciudad de México|Mexico City|Distrito Federal', CENTRO],
    ['COA|COAH', 'Coahuila|Coahuila de Zaragoza', MONTERREY, 'split'], // Piedras Negras, Acuña follow US rules
    ['COL', 'Colima', CENTRO],
    ['DUR|DGO', 'Durango', MONTERREY],
    ['GUA|GTO', 'Guanajuato', CENTRO],
    ['GRO', 'Guerrero', CENTRO],
    ['HID|HGO', 'Hidalgo', CENTRO],
    ['JAL', 'Jalisco', CENTRO],
    ['MEX|EDOMEX|EM', 'Estado de México|State of Mexico|México', CENTRO],
    ['MIC|MICH', 'Michoacán|Michoacán de Ocampo', CENTRO],
    ['MOR', 'Morelos', CENTRO],
    ['NAY', 'Nayarit', PACIFICO, 'split'], // Bahía de Banderas keeps central time
    ['NLE|NL', 'Nuevo León', MONTERREY],
    ['OAX', 'Oaxaca', CENTRO],
    ['PUE', 'Puebla', CENTRO],
    ['QUE|QRO', 'Querétaro|Querétaro de Arteaga', CENTRO],
    ['ROO|QR|QROO', 'Quintana Roo', 'America/Cancun'],
    ['SLP', 'San Luis Potosí', CENTRO],
    ['SIN', 'Sinaloa', PACIFICO],
    ['SON', 'Sonora', 'America/Hermosillo'],
    ['TAB', 'Tabasco', CENTRO],
    ['TAM|TAMPS', 'Tamaulipas', MATAMOROS, 'split'], // most people live in the border municipalities
    ['TLA|TLAX', 'Tlaxcala', CENTRO],
    ['VER', 'Veracruz|Veracruz de Ignacio de la Llave', CENTRO],
    ['YUC', 'Yucatán', 'America/Merida'],
    ['ZAC', 'Zacatecas', CENTRO],
  ],
  postalFormat: /^\d{5}$/,
  postalRules: [
    ['01', '16', CENTRO], // Ciudad de México
    ['20', '20', CENTRO], // Aguascalientes
    ['21', '22', 'America/Tijuana'], // Baja California
    ['23', '23', PACIFICO], // Baja California Sur
    ['24', '24', 'America/Merida'], // Campeche
    ['25', '27', MONTERREY, 'mixed'], // Coahuila
    ['28', '28', CENTRO], // Colima
    ['29', '30', CENTRO], // Chiapas
    ['31', '31', 'America/Chihuahua'],
    ['32', '32', 'America/Ciudad_Juarez', 'mixed'], // Ciudad Juárez and the northern border
    ['33', '33', 'America/Chihuahua'],
    ['34', '35', MONTERREY], // Durango
    ['36', '38', CENTRO], // Guanajuato
    ['39', '41', CENTRO], // Guerrero
    ['42', '43', CENTRO], // Hidalgo
    ['44', '49', CENTRO], // Jalisco
    ['50', '57', CENTRO], // Estado de México
    ['58', '61', CENTRO], // Michoacán
    ['62', '62', CENTRO], // Morelos
    ['63', '63', PACIFICO, 'mixed'], // Nayarit
    ['64', '67', MONTERREY], // Nuevo León
    ['68', '71', CENTRO], // Oaxaca
    ['72', '75', CENTRO], // Puebla
    ['76', '76', CENTRO], // Querétaro
    ['77', '77', 'America/Cancun'], // Quintana Roo
    ['78', '79', CENTRO], // San Luis Potosí
    ['80', '82', PACIFICO], // Sinaloa
    ['83', '85', 'America/Hermosillo'], // Sonora
    ['86', '86', CENTRO], // Tabasco
    ['87', '87', MATAMOROS, 'mixed'], // Ciudad Victoria (central), Matamoros (border)
    ['88', '88', MATAMOROS], // Nuevo Laredo, Reynosa, Río Bravo
    ['89', '89', MONTERREY], // Tampico, Ciudad Madero, Altamira, El Mante
    ['90', '90', CENTRO], // Tlaxcala
    ['91', '96', CENTRO], // Veracruz
    ['97', '97', 'America/Merida'], // Yucatán
    ['98', '99', CENTRO], // Zacatecas
  ],
  cities: [
    ['CHH', 'Ciudad Juárez|Juárez|Práxedis G. Guerrero|Guadalupe', 'America/Ciudad_Juarez'],
    ['CHH', 'Ojinaga|Manuel Benavides|Coyame', 'America/Ojinaga'],
    ['CHH', 'Chihuahua|Cuauhtémoc|Delicias|Hidalgo del Parral|Parral|Nuevo Casas Grandes|Camargo|Jiménez', 'America/Chihuahua'],
    ['COA', 'Piedras Negras|Ciudad Acuña|Acuña|Nava|Jiménez|Zaragoza|Allende|Morelos|Villa Unión|Hidalgo|Guerrero', MATAMOROS],
    ['COA', 'Saltillo|Torreón|Monclova|Sabinas|Ramos Arizpe|Frontera|San Pedro|Matamoros', MONTERREY],
    ['NAY', 'Bahía de Banderas|Nuevo Vallarta|Bucerías|San José del Valle|Mezcales|La Cruz de Huanacaxtle|Punta de Mita|Sayulita', 'America/Bahia_Banderas'],
    ['NAY', 'Tepic|Compostela|Santiago Ixcuintla|Tuxpan|Acaponeta|Xalisco|Ixtlán del Río', PACIFICO],
    ['NLE', 'Anáhuac', MATAMOROS],
    ['TAM', 'Matamoros|Reynosa|Nuevo Laredo|Río Bravo|Valle Hermoso|Miguel Alemán|Camargo|Gustavo Díaz Ordaz|Mier|Guerrero', MATAMOROS],
    ['TAM', 'Tampico|Ciudad Victoria|Victoria|Ciudad Madero|Altamira|El Mante|Ciudad Mante|San Fernando|Soto la Marina|Tula|Xicoténcatl', MONTERREY],
    ['', 'Ciudad Juárez', 'America/Ciudad_Juarez'],
    ['', 'Tijuana|Mexicali|Ensenada|Tecate|Rosarito', 'America/Tijuana'],
    ['', 'Cancún|Cancun|Playa del Carmen|Chetumal|Tulum|Cozumel', 'America/Cancun'],
    ['', 'Hermosillo|Ciudad Obregón|Nogales|San Luis Río Colorado|Guaymas|Navojoa', 'America/Hermosillo'],
    ['', 'Mazatlán|Culiacán|Los Mochis|La Paz|Los Cabos|Cabo San Lucas|San José del Cabo|Tepic', PACIFICO],
    ['', 'Monterrey|San Nicolás de los Garza|Apodaca|San Pedro Garza García|Santa Catarina|General Escobedo|Saltillo|Torreón|Durango', MONTERREY],
    ['', 'Mérida|Campeche|Ciudad del Carmen', 'America/Merida'],
    ['', 'Reynosa|Nuevo Laredo|Piedras Negras', MATAMOROS],
    ['', 'Guadalajara|Zapopan|Puebla|León|Querétaro|Toluca|Aguascalientes|Morelia|Veracruz|Acapulco|Oaxaca|Cuernavaca|Villahermosa|Tuxtla Gutiérrez|San Luis Potosí|Ecatepec|Naucalpan|Nezahualcóyotl|Tlalnepantla|Pachuca|Xalapa|Tlaquepaque|Celaya|Irapuato', CENTRO],
  ],
};
