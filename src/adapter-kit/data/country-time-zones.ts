/**
 * The IANA zone of each country: its only zone, or for a country that spans several, the zone of most of
 * its people (the answer `resolveTimeZone` gives, as assumed, when the region is unknown). Written once
 * from the tz database's country table and checked by hand; committed so that answers do not depend on
 * the ICU version that ships with Node. Countries whose extra zones share the main zone's offsets
 * (Germany's Büsingen, Malaysia's Sarawak, Uzbekistan, Argentina's provinces, Marshall Islands) are
 * single-zone here. China is `Asia/Shanghai`: the post keeps Beijing time everywhere.
 * Antarctica, Bouvet Island and Heard Island have no civil zone and are absent.
 */
export const COUNTRY_PRIMARY_ZONES: Readonly<Record<string, string>> = {
  AD: 'Europe/Andorra', // Andorra
  AE: 'Asia/Dubai', // United Arab Emirates
  AF: 'Asia/Kabul', // Afghanistan
  AG: 'America/Antigua', // Antigua and Barbuda
  AI: 'America/Anguilla', // Anguilla
  AL: 'Europe/Tirane', // Albania
  AM: 'Asia/Yerevan', // Armenia
  AO: 'Africa/Luanda', // Angola
  AR: 'America/Argentina/Buenos_Aires', // Argentina
  AS: 'Pacific/Pago_Pago', // American Samoa
  AT: 'Europe/Vienna', // Austria
  AU: 'Australia/Sydney', // Australia
  AW: 'America/Aruba', // Aruba
  AX: 'Europe/Mariehamn', // Åland Islands
  AZ: 'Asia/Baku', // Azerbaijan
  BA: 'Europe/Sarajevo', // Bosnia and Herzegovina
  BB: 'America/Barbados', // Barbados
  BD: 'Asia/Dhaka', // Bangladesh
  BE: 'Europe/Brussels', // Belgium
  BF: 'Africa/Ouagadougou', // Burkina Faso
  BG: 'Europe/Sofia', // Bulgaria
  BH: 'Asia/Bahrain', // Bahrain
  BI: 'Africa/Bujumbura', // Burundi
  BJ: 'Africa/Porto-Novo', // Benin
  BL: 'America/St_Barthelemy', // Saint Barthélemy
  BM: 'Atlantic/Bermuda', // Bermuda
  BN: 'Asia/Brunei', // Brunei Darussalam
  BO: 'America/La_Paz', // Bolivia
  BQ: 'America/Kralendijk', // Bonaire, Sint Eustatius and Saba
  BR: 'America/Sao_Paulo', // Brazil
  BS: 'America/Nassau', // Bahamas
  BT: 'Asia/Thimphu', // Bhutan
  BW: 'Africa/Gaborone', // Botswana
  BY: 'Europe/Minsk', // Belarus
  BZ: 'America/Belize', // Belize
  CA: 'America/Toronto', // Canada
  CC: 'Indian/Cocos', // Cocos (Keeling) Islands
  CD: 'Africa/Kinshasa', // Democratic Republic of the Congo
  CF: 'Africa/Bangui', // Central African Republic
  CG: 'Africa/Brazzaville', // Congo
  CH: 'Europe/Zurich', // Switzerland
  CI: 'Africa/Abidjan', // Côte d'Ivoire
  CK: 'Pacific/Rarotonga', // Cook Islands
  CL: 'America/Santiago', // Chile
  CM: 'Africa/Douala', // Cameroon
  CN: 'Asia/Shanghai', // China
  CO: 'America/Bogota', // Colombia
  CR: 'America/Costa_Rica', // Costa Rica
  CU: 'America/Havana', // Cuba
  CV: 'Atlantic/Cape_Verde', // Cabo Verde
  CW: 'America/Curacao', // Curaçao
  CX: 'Indian/Christmas', // Christmas Island
  CY: 'Asia/Nicosia', // Cyprus
  CZ: 'Europe/Prague', // Czechia
  DE: 'Europe/Berlin', // Germany
  DJ: 'Africa/Djibouti', // Djibouti
  DK: 'Europe/Copenhagen', // Denmark
  DM: 'America/Dominica', // Dominica
  DO: 'America/Santo_Domingo', // Dominican Republic
  DZ: 'Africa/Algiers', // Algeria
  EC: 'America/Guayaquil', // Ecuador
  EE: 'Europe/Tallinn', // Estonia
  EG: 'Africa/Cairo', // Egypt
  EH: 'Africa/El_Aaiun', // Western Sahara
  ER: 'Africa/Asmara', // Eritrea
  ES: 'Europe/Madrid', // Spain
  ET: 'Africa/Addis_Ababa', // Ethiopia
  FI: 'Europe/Helsinki', // Finland
  FJ: 'Pacific/Fiji', // Fiji
  FK: 'Atlantic/Stanley', // Falkland Islands
  FM: 'Pacific/Chuuk', // Micronesia
  FO: 'Atlantic/Faroe', // Faroe Islands
  FR: 'Europe/Paris', // France
  GA: 'Africa/Libreville', // Gabon
  GB: 'Europe/London', // United Kingdom
  GD: 'America/Grenada', // Grenada
  GE: 'Asia/Tbilisi', // Georgia
  GF: 'America/Cayenne', // French Guiana
  GG: 'Europe/Guernsey', // Guernsey
  GH: 'Africa/Accra', // Ghana
  GI: 'Europe/Gibraltar', // Gibraltar
  GL: 'America/Nuuk', // Greenland
  GM: 'Africa/Banjul', // Gambia
  GN: 'Africa/Conakry', // Guinea
  GP: 'America/Guadeloupe', // Guadeloupe
  GQ: 'Africa/Malabo', // Equatorial Guinea
  GR: 'Europe/Athens', // Greece
  GS: 'Atlantic/South_Georgia', // South Georgia and the South Sandwich Islands
  GT: 'America/Guatemala', // Guatemala
  GU: 'Pacific/Guam', // Guam
  GW: 'Africa/Bissau', // Guinea-Bissau
  GY: 'America/Guyana', // Guyana
  HK: 'Asia/Hong_Kong', // Hong Kong
  HN: 'America/Tegucigalpa', // Honduras
  HR: 'Europe/Zagreb', // Croatia
  HT: 'America/Port-au-Prince', // Haiti
  HU: 'Europe/Budapest', // Hungary
  ID: 'Asia/Jakarta', // Indonesia
  IE: 'Europe/Dublin', // Ireland
  IL: 'Asia/Jerusalem', // Israel
  IM: 'Europe/Isle_of_Man', // Isle of Man
  IN: 'Asia/Kolkata', // India
  IO: 'Indian/Chagos', // British Indian Ocean Territory
  IQ: 'Asia/Baghdad', // Iraq
  IR: 'Asia/Tehran', // Iran
  IS: 'Atlantic/Reykjavik', // Iceland
  IT: 'Europe/Rome', // Italy
  JE: 'Europe/Jersey', // Jersey
  JM: 'America/Jamaica', // Jamaica
  JO: 'Asia/Amman', // Jordan
  JP: 'Asia/Tokyo', // Japan
  KE: 'Africa/Nairobi', // Kenya
  KG: 'Asia/Bishkek', // Kyrgyzstan
  KH: 'Asia/Phnom_Penh', // Cambodia
  KI: 'Pacific/Tarawa', // Kiribati
  KM: 'Indian/Comoro', // Comoros
  KN: 'America/St_Kitts', // Saint Kitts and Nevis
  KP: 'Asia/Pyongyang', // North Korea
  KR: 'Asia/Seoul', // South Korea
  KW: 'Asia/Kuwait', // Kuwait
  KY: 'America/Cayman', // Cayman Islands
  KZ: 'Asia/Almaty', // Kazakhstan
  LA: 'Asia/Vientiane', // Laos
  LB: 'Asia/Beirut', // Lebanon
  LC: 'America/St_Lucia', // Saint Lucia
  LI: 'Europe/Vaduz', // Liechtenstein
  LK: 'Asia/Colombo', // Sri Lanka
  LR: 'Africa/Monrovia', // Liberia
  LS: 'Africa/Maseru', // Lesotho
  LT: 'Europe/Vilnius', // Lithuania
  LU: 'Europe/Luxembourg', // Luxembourg
  LV: 'Europe/Riga', // Latvia
  LY: 'Africa/Tripoli', // Libya
  MA: 'Africa/Casablanca', // Morocco
  MC: 'Europe/Monaco', // Monaco
  MD: 'Europe/Chisinau', // Moldova
  ME: 'Europe/Podgorica', // Montenegro
  MF: 'America/Marigot', // Saint Martin
  MG: 'Indian/Antananarivo', // Madagascar
  MH: 'Pacific/Majuro', // Marshall Islands
  MK: 'Europe/Skopje', // North Macedonia
  ML: 'Africa/Bamako', // Mali
  MM: 'Asia/Yangon', // Myanmar
  MN: 'Asia/Ulaanbaatar', // Mongolia
  MO: 'Asia/Macau', // Macao
  MP: 'Pacific/Saipan', // Northern Mariana Islands
  MQ: 'America/Martinique', // Martinique
  MR: 'Africa/Nouakchott', // Mauritania
  MS: 'America/Montserrat', // Montserrat
  MT: 'Europe/Malta', // Malta
  MU: 'Indian/Mauritius', // Mauritius
  MV: 'Indian/Maldives', // Maldives
  MW: 'Africa/Blantyre', // Malawi
  MX: 'America/Mexico_City', // Mexico
  MY: 'Asia/Kuala_Lumpur', // Malaysia
  MZ: 'Africa/Maputo', // Mozambique
  NA: 'Africa/Windhoek', // Namibia
  NC: 'Pacific/Noumea', // New Caledonia
  NE: 'Africa/Niamey', // Niger
  NF: 'Pacific/Norfolk', // Norfolk Island
  NG: 'Africa/Lagos', // Nigeria
  NI: 'America/Managua', // Nicaragua
  NL: 'Europe/Amsterdam', // Netherlands
  NO: 'Europe/Oslo', // Norway
  NP: 'Asia/Kathmandu', // Nepal
  NR: 'Pacific/Nauru', // Nauru
  NU: 'Pacific/Niue', // Niue
  NZ: 'Pacific/Auckland', // New Zealand
  OM: 'Asia/Muscat', // Oman
  PA: 'America/Panama', // Panama
  PE: 'America/Lima', // Peru
  PF: 'Pacific/Tahiti', // French Polynesia
  PG: 'Pacific/Port_Moresby', // Papua New Guinea
  PH: 'Asia/Manila', // Philippines
  PK: 'Asia/Karachi', // Pakistan
  PL: 'Europe/Warsaw', // Poland
  PM: 'America/Miquelon', // Saint Pierre and Miquelon
  PN: 'Pacific/Pitcairn', // Pitcairn
  PR: 'America/Puerto_Rico', // Puerto Rico
  PS: 'Asia/Hebron', // Palestine
  PT: 'Europe/Lisbon', // Portugal
  PW: 'Pacific/Palau', // Palau
  PY: 'America/Asuncion', // Paraguay
  QA: 'Asia/Qatar', // Qatar
  RE: 'Indian/Reunion', // Réunion
  RO: 'Europe/Bucharest', // Romania
  RS: 'Europe/Belgrade', // Serbia
  RU: 'Europe/Moscow', // Russia
  RW: 'Africa/Kigali', // Rwanda
  SA: 'Asia/Riyadh', // Saudi Arabia
  SB: 'Pacific/Guadalcanal', // Solomon Islands
  SC: 'Indian/Mahe', // Seychelles
  SD: 'Africa/Khartoum', // Sudan
  SE: 'Europe/Stockholm', // Sweden
  SG: 'Asia/Singapore', // Singapore
  SH: 'Atlantic/St_Helena', // Saint Helena, Ascension and Tristan da Cunha
  SI: 'Europe/Ljubljana', // Slovenia
  SJ: 'Arctic/Longyearbyen', // Svalbard and Jan Mayen
  SK: 'Europe/Bratislava', // Slovakia
  SL: 'Africa/Freetown', // Sierra Leone
  SM: 'Europe/San_Marino', // San Marino
  SN: 'Africa/Dakar', // Senegal
  SO: 'Africa/Mogadishu', // Somalia
  SR: 'America/Paramaribo', // Suriname
  SS: 'Africa/Juba', // South Sudan
  ST: 'Africa/Sao_Tome', // Sao Tome and Principe
  SV: 'America/El_Salvador', // El Salvador
  SX: 'America/Lower_Princes', // Sint Maarten
  SY: 'Asia/Damascus', // Syria
  SZ: 'Africa/Mbabane', // Eswatini
  TC: 'America/Grand_Turk', // Turks and Caicos Islands
  TD: 'Africa/Ndjamena', // Chad
  TF: 'Indian/Kerguelen', // French Southern Territories
  TG: 'Africa/Lome', // Togo
  TH: 'Asia/Bangkok', // Thailand
  TJ: 'Asia/Dushanbe', // Tajikistan
  TK: 'Pacific/Fakaofo', // Tokelau
  TL: 'Asia/Dili', // Timor-Leste
  TM: 'Asia/Ashgabat', // Turkmenistan
  TN: 'Africa/Tunis', // Tunisia
  TO: 'Pacific/Tongatapu', // Tonga
  TR: 'Europe/Istanbul', // Türkiye
  TT: 'America/Port_of_Spain', // Trinidad and Tobago
  TV: 'Pacific/Funafuti', // Tuvalu
  TW: 'Asia/Taipei', // Taiwan
  TZ: 'Africa/Dar_es_Salaam', // Tanzania
  UA: 'Europe/Kyiv', // Ukraine
  UG: 'Africa/Kampala', // Uganda
  UM: 'Pacific/Wake', // United States Minor Outlying Islands
  US: 'America/New_York', // United States
  UY: 'America/Montevideo', // Uruguay
  UZ: 'Asia/Tashkent', // Uzbekistan
  VA: 'Europe/Vatican', // Holy See
  VC: 'America/St_Vincent', // Saint Vincent and the Grenadines
  VE: 'America/Caracas', // Venezuela
  VG: 'America/Tortola', // British Virgin Islands
  VI: 'America/St_Thomas', // United States Virgin Islands
  VN: 'Asia/Ho_Chi_Minh', // Vietnam
  VU: 'Pacific/Efate', // Vanuatu
  WF: 'Pacific/Wallis', // Wallis and Futuna
  WS: 'Pacific/Apia', // Samoa
  XK: 'Europe/Belgrade', // Kosovo
  YE: 'Asia/Aden', // Yemen
  YT: 'Indian/Mayotte', // Mayotte
  ZA: 'Africa/Johannesburg', // South Africa
  ZM: 'Africa/Lusaka', // Zambia
  ZW: 'Africa/Harare', // Zimbabwe
};
