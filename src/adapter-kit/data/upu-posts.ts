/**
 * Issuing country of a UPU S10 number (its two-letter suffix, ISO 3166-1 alpha-2) → the designated postal
 * operator that issued it, with a kebab-case post id. The ids of `shared/reference/upu-events.md` §7.2 are kept as
 * they are; the others follow the same rule (the post's common name, kebab-case, no leading digit). An id names
 * a post even before parceline has an adapter for it, so the tracker can say which adapter would be needed.
 *
 * Sources: the UPU member list and the S10 standard (the suffix names the country of the issuing operator), as
 * summarised in `shared/reference/upu-events.md` and `shared/reference/tracking-numbers.md` §6. Post names are
 * common names, not legal names.
 */

/** One issuing post. */
export interface UpuPost {
  /** Country or territory name in English. */
  country: string;
  /** The post's common name. */
  name: string;
  /** parceline post id (kebab-case); a carrier id when parceline has that carrier (`usps`, `royal-mail`). */
  id: string;
  /** Other parceline carriers that track this post's S10 numbers end to end (DHL tracks Deutsche Post items). */
  alsoTrackedBy?: readonly string[];
}

type PostRow = readonly [country: string, name: string, id: string];

/** UPU member countries and their designated operators. */
const MEMBER_POSTS: Readonly<Record<string, PostRow>> = {
  AE: ['United Arab Emirates', 'Emirates Post', 'emirates-post'],
  AF: ['Afghanistan', 'Afghan Post', 'afghan-post'],
  AG: ['Antigua and Barbuda', 'Antigua and Barbuda Postal Service', 'antigua-barbuda-post'],
  AL: ['Albania', 'Posta Shqiptare', 'posta-shqiptare'],
  AM: ['Armenia', 'HayPost', 'haypost'],
  AO: ['Angola', 'Correios de Angola', 'correios-de-angola'],
  AR: ['Argentina', 'Correo Argentino', 'correo-argentino'],
  AT: ['Austria', 'Österreichische Post (Austrian Post)', 'austrian-post'],
  AU: ['Australia', 'Australia Post', 'australia-post'],
  AZ: ['Azerbaijan', 'Azerpost', 'azerpost'],
  BA: ['Bosnia and Herzegovina', 'BH Pošta', 'bh-posta'],
  BB: ['Barbados', 'Barbados Postal Service', 'barbados-post'],
  BD: ['Bangladesh', 'Bangladesh Post', 'bangladesh-post'],
  BE: ['Belgium', 'bpost', 'bpost'],
  BF: ['Burkina Faso', 'SONAPOST', 'sonapost'],
  BG: ['Bulgaria', 'Bulgarian Posts', 'bulgarian-posts'],
  BH: ['Bahrain', 'Bahrain Post', 'bahrain-post'],
  BI: ['Burundi', 'Burundi national post', 'burundi-post'],
  BJ: ['Benin', 'La Poste du Bénin', 'poste-benin'],
  BN: ['Brunei Darussalam', 'Brunei Postal Services', 'brunei-post'],
  BO: ['Bolivia', 'Correos de Bolivia', 'correos-de-bolivia'],
  BR: ['Brazil', 'Correios', 'correios-brazil'],
  BS: ['Bahamas', 'Bahamas Postal Service', 'bahamas-post'],
  BT: ['Bhutan', 'Bhutan Post', 'bhutan-post'],
  BW: ['Botswana', 'BotswanaPost', 'botswana-post'],
  BY: ['Belarus', 'Belpost', 'belpost'],
  BZ: ['Belize', 'Belize Postal Service', 'belize-post'],
  CA: ['Canada', 'Canada Post', 'canada-post'],
  CD: ['Congo (Democratic Republic)', 'Congolese post (SCPT)', 'scpt-congo'],
  CF: ['Central African Republic', 'Central African national post', 'centrafrique-post'],
  CG: ['Congo (Republic)', 'SOPECO', 'sopeco'],
  CH: ['Switzerland', 'Swiss Post', 'swiss-post'],
  CI: ["Côte d'Ivoire", "La Poste de Côte d'Ivoire", 'poste-cote-divoire'],
  CL: ['Chile', 'Correos de Chile', 'correos-de-chile'],
  CM: ['Cameroon', 'Campost', 'campost'],
  CN: ['China', 'China Post (EMS China for EMS items)', 'china-post'],
  CO: ['Colombia', '4-72 (Servicios Postales Nacionales)', 'colombia-4-72'],
  CR: ['Costa Rica', 'Correos de Costa Rica', 'correos-de-costa-rica'],
  CU: ['Cuba', 'Correos de Cuba', 'correos-de-cuba'],
  CV: ['Cabo Verde', 'Correios de Cabo Verde', 'correios-de-cabo-verde'],
  CY: ['Cyprus', 'Cyprus Post', 'cyprus-post'],
  CZ: ['Czechia', 'Česká pošta', 'ceska-posta'],
  DE: ['Germany', 'Deutsche Post (DHL Paket for parcels)', 'deutsche-post'],
  DJ: ['Djibouti', 'La Poste de Djibouti', 'poste-djibouti'],
  DK: ['Denmark', 'PostNord Danmark', 'postnord'],
  DM: ['Dominica', 'Dominica Postal Service', 'dominica-post'],
  DO: ['Dominican Republic', 'INPOSDOM', 'inposdom'],
  DZ: ['Algeria', 'Algérie Poste', 'algerie-poste'],
  EC: ['Ecuador', 'Correos del Ecuador', 'correos-del-ecuador'],
  EE: ['Estonia', 'Omniva (Eesti Post)', 'omniva'],
  EG: ['Egypt', 'Egypt Post', 'egypt-post'],
  ER: ['Eritrea', 'Eritrean Postal Service', 'eritrea-post'],
  ES: ['Spain', 'Correos', 'correos-spain'],
  ET: ['Ethiopia', 'Ethiopian Postal Service', 'ethiopian-post'],
  FI: ['Finland', 'Posti', 'posti'],
  FJ: ['Fiji', 'Post Fiji', 'post-fiji'],
  FR: ['France', 'La Poste (Colissimo for parcels)', 'la-poste'],
  GA: ['Gabon', 'La Poste du Gabon', 'poste-gabon'],
  GB: ['United Kingdom', 'Royal Mail (Parcelforce Worldwide also uses GB)', 'royal-mail'],
  GD: ['Grenada', 'Grenada Postal Corporation', 'grenada-post'],
  GE: ['Georgia', 'Georgian Post', 'georgian-post'],
  GH: ['Ghana', 'Ghana Post', 'ghana-post'],
  GM: ['Gambia', 'Gambia Postal Services (GAMPOST)', 'gampost'],
  GN: ['Guinea', 'Office de la Poste Guinéenne', 'poste-guinee'],
  GQ: ['Equatorial Guinea', 'Equatorial Guinea national post', 'equatorial-guinea-post'],
  GR: ['Greece', 'ELTA Hellenic Post', 'hellenic-post'],
  GT: ['Guatemala', 'El Correo de Guatemala', 'correo-de-guatemala'],
  GW: ['Guinea-Bissau', 'Correios da Guiné-Bissau', 'correios-guine-bissau'],
  GY: ['Guyana', 'Guyana Post Office Corporation', 'guyana-post'],
  HN: ['Honduras', 'Honducor', 'honducor'],
  HR: ['Croatia', 'Hrvatska pošta', 'hrvatska-posta'],
  HT: ['Haiti', "Office des Postes d'Haïti", 'poste-haiti'],
  HU: ['Hungary', 'Magyar Posta', 'magyar-posta'],
  ID: ['Indonesia', 'Pos Indonesia', 'pos-indonesia'],
  IE: ['Ireland', 'An Post', 'an-post'],
  IL: ['Israel', 'Israel Post', 'israel-post'],
  IN: ['India', 'India Post', 'india-post'],
  IQ: ['Iraq', 'Iraqi Post', 'iraqi-post'],
  IR: ['Iran', 'Iran Post', 'iran-post'],
  IS: ['Iceland', 'Iceland Post (Pósturinn)', 'iceland-post'],
  IT: ['Italy', 'Poste Italiane', 'poste-italiane'],
  JM: ['Jamaica', 'Jamaica Post', 'jamaica-post'],
  JO: ['Jordan', 'Jordan Post', 'jordan-post'],
  JP: ['Japan', 'Japan Post', 'japan-post'],
  KE: ['Kenya', 'Posta Kenya', 'posta-kenya'],
  KG: ['Kyrgyzstan', 'Kyrgyz Pochtasy', 'kyrgyz-pochtasy'],
  KH: ['Cambodia', 'Cambodia Post', 'cambodia-post'],
  KI: ['Kiribati', 'Kiribati Post', 'kiribati-post'],
  KM: ['Comoros', 'Comoros national post', 'comoros-post'],
  KN: ['Saint Kitts and Nevis', 'St Kitts and Nevis Postal Services', 'st-kitts-nevis-post'],
  KP: ["Korea (Democratic People's Republic)", 'Korea Post (DPRK)', 'dprk-post'],
  KR: ['Korea (Republic)', 'Korea Post', 'korea-post'],
  KW: ['Kuwait', 'Kuwait Post', 'kuwait-post'],
  KZ: ['Kazakhstan', 'Kazpost', 'kazpost'],
  LA: ['Lao PDR', 'Lao Post', 'lao-post'],
  LB: ['Lebanon', 'LibanPost', 'libanpost'],
  LC: ['Saint Lucia', 'Saint Lucia Postal Service', 'st-lucia-post'],
  LI: ['Liechtenstein', 'Liechtensteinische Post', 'liechtenstein-post'],
  LK: ['Sri Lanka', 'Sri Lanka Post', 'sri-lanka-post'],
  LR: ['Liberia', 'Liberia Postal Service', 'liberia-post'],
  LS: ['Lesotho', 'Lesotho Postal Services', 'lesotho-post'],
  LT: ['Lithuania', 'Lietuvos paštas (LP Express)', 'lietuvos-pastas'],
  LU: ['Luxembourg', 'POST Luxembourg', 'post-luxembourg'],
  LV: ['Latvia', 'Latvijas Pasts', 'latvijas-pasts'],
  LY: ['Libya', 'Libya Post', 'libya-post'],
  MA: ['Morocco', 'Barid Al-Maghrib (Poste Maroc)', 'poste-maroc'],
  MC: ['Monaco', 'La Poste Monaco', 'poste-monaco'],
  MD: ['Moldova', 'Poșta Moldovei', 'posta-moldovei'],
  ME: ['Montenegro', 'Pošta Crne Gore', 'posta-crne-gore'],
  MG: ['Madagascar', 'Paositra Malagasy', 'paositra-malagasy'],
  MK: ['North Macedonia', 'Pošta na Severna Makedonija', 'posta-severna-makedonija'],
  ML: ['Mali', 'La Poste du Mali', 'poste-mali'],
  MM: ['Myanmar', 'Myanma Posts', 'myanma-posts'],
  MN: ['Mongolia', 'Mongol Post', 'mongol-post'],
  MR: ['Mauritania', 'Mauripost', 'mauripost'],
  MT: ['Malta', 'MaltaPost', 'maltapost'],
  MU: ['Mauritius', 'Mauritius Post', 'mauritius-post'],
  MV: ['Maldives', 'Maldives Post', 'maldives-post'],
  MW: ['Malawi', 'Malawi Posts Corporation', 'malawi-post'],
  MX: ['Mexico', 'Correos de México', 'correos-de-mexico'],
  MY: ['Malaysia', 'Pos Malaysia', 'pos-malaysia'],
  MZ: ['Mozambique', 'Correios de Moçambique', 'correios-de-mocambique'],
  NA: ['Namibia', 'NamPost', 'nampost'],
  NE: ['Niger', 'Niger Poste', 'niger-poste'],
  NG: ['Nigeria', 'NIPOST', 'nipost'],
  NI: ['Nicaragua', 'Correos de Nicaragua', 'correos-de-nicaragua'],
  NL: ['Netherlands', 'PostNL', 'postnl'],
  NO: ['Norway', 'Posten Norge (Posten Bring)', 'posten-norge'],
  NP: ['Nepal', 'Nepal Post', 'nepal-post'],
  NR: ['Nauru', 'Nauru Post', 'nauru-post'],
  NZ: ['New Zealand', 'New Zealand Post', 'nz-post'],
  OM: ['Oman', 'Oman Post', 'oman-post'],
  PA: ['Panama', 'Correos de Panamá', 'correos-de-panama'],
  PE: ['Peru', 'Serpost', 'serpost'],
  PG: ['Papua New Guinea', 'PNG Post', 'png-post'],
  PH: ['Philippines', 'PHLPost', 'phlpost'],
  PK: ['Pakistan', 'Pakistan Post', 'pakistan-post'],
  PL: ['Poland', 'Poczta Polska', 'poczta-polska'],
  PT: ['Portugal', 'CTT Correios de Portugal', 'ctt'],
  PY: ['Paraguay', 'Correo Paraguayo', 'correo-paraguayo'],
  QA: ['Qatar', 'Qatar Post', 'qatar-post'],
  RO: ['Romania', 'Poșta Română', 'posta-romana'],
  RS: ['Serbia', 'Pošta Srbije', 'posta-srbije'],
  RU: ['Russian Federation', 'Russian Post (Pochta Rossii)', 'russian-post'],
  RW: ['Rwanda', 'Iposita Rwanda', 'iposita-rwanda'],
  SA: ['Saudi Arabia', 'Saudi Post (SPL)', 'saudi-post'],
  SB: ['Solomon Islands', 'Solomon Islands Postal Corporation', 'solomon-islands-post'],
  SC: ['Seychelles', 'Seychelles Postal Services', 'seychelles-post'],
  SD: ['Sudan', 'Sudapost', 'sudapost'],
  SE: ['Sweden', 'PostNord Sverige', 'postnord'],
  SG: ['Singapore', 'SingPost', 'singpost'],
  SI: ['Slovenia', 'Pošta Slovenije', 'posta-slovenije'],
  SK: ['Slovakia', 'Slovenská pošta', 'slovenska-posta'],
  SL: ['Sierra Leone', 'Sierra Leone Postal Services (SALPOST)', 'salpost'],
  SM: ['San Marino', 'Poste San Marino', 'poste-san-marino'],
  SN: ['Senegal', 'La Poste du Sénégal', 'poste-senegal'],
  SO: ['Somalia', 'Somali Post', 'somali-post'],
  SR: ['Suriname', 'Surpost', 'surpost'],
  SS: ['South Sudan', 'South Sudan national post', 'south-sudan-post'],
  ST: ['Sao Tome and Principe', 'Correios de São Tomé e Príncipe', 'correios-sao-tome'],
  SV: ['El Salvador', 'Correos de El Salvador', 'correos-de-el-salvador'],
  SY: ['Syria', 'Syrian Post', 'syrian-post'],
  SZ: ['Eswatini', 'Eswatini Post and Telecommunications', 'eswatini-post'],
  TD: ['Chad', 'Chad national post', 'chad-post'],
  TG: ['Togo', 'La Poste du Togo', 'poste-togo'],
  TH: ['Thailand', 'Thailand Post', 'thailand-post'],
  TJ: ['Tajikistan', 'Pochtai Tojik', 'pochtai-tojik'],
  TL: ['Timor-Leste', 'Correios de Timor-Leste', 'correios-timor-leste'],
  TM: ['Turkmenistan', 'Turkmenpost', 'turkmenpost'],
  TN: ['Tunisia', 'La Poste Tunisienne', 'poste-tunisienne'],
  TO: ['Tonga', 'Tonga Post', 'tonga-post'],
  TR: ['Türkiye', 'PTT (Turkish Post)', 'ptt'],
  TT: ['Trinidad and Tobago', 'TTPost', 'ttpost'],
  TV: ['Tuvalu', 'Tuvalu Post', 'tuvalu-post'],
  TZ: ['Tanzania', 'Tanzania Posts Corporation', 'tanzania-post'],
  UA: ['Ukraine', 'Ukrposhta', 'ukrposhta'],
  UG: ['Uganda', 'Posta Uganda', 'posta-uganda'],
  US: ['United States', 'United States Postal Service', 'usps'],
  UY: ['Uruguay', 'Correo Uruguayo', 'correo-uruguayo'],
  UZ: ['Uzbekistan', 'Uzbekistan Post', 'uzbekistan-post'],
  VA: ['Vatican City', 'Poste Vaticane', 'poste-vaticane'],
  VC: ['Saint Vincent and the Grenadines', 'SVG Postal Corporation', 'st-vincent-post'],
  VE: ['Venezuela', 'IPOSTEL', 'ipostel'],
  VN: ['Viet Nam', 'Vietnam Post (VNPost)', 'vietnam-post'],
  VU: ['Vanuatu', 'Vanuatu Post', 'vanuatu-post'],
  WS: ['Samoa', 'SamoaPost', 'samoapost'],
  YE: ['Yemen', 'Yemen Post', 'yemen-post'],
  ZA: ['South Africa', 'South African Post Office', 'sapo'],
  ZM: ['Zambia', 'Zampost', 'zampost'],
  ZW: ['Zimbabwe', 'Zimpost', 'zimpost'],
};

/**
 * Territories and economies whose own post issues S10 numbers under its own code, although it is not a UPU
 * member country in its own right (it belongs to a member's membership, or, for TW, to none). `MO` and `TW` are
 * missing from the peer data set's table; parceline accepts them on purpose, because Macau Post and Chunghwa
 * Post issue S10 numbers with these suffixes.
 */
const TERRITORY_POSTS: Readonly<Record<string, PostRow>> = {
  AW: ['Aruba', 'Post Aruba', 'post-aruba'],
  BM: ['Bermuda', 'Bermuda Post Office', 'bermuda-post'],
  CW: ['Curaçao', 'Cpost International', 'cpost-curacao'],
  FO: ['Faroe Islands', 'Posta (Faroe Islands)', 'posta-faroe'],
  GG: ['Guernsey', 'Guernsey Post', 'guernsey-post'],
  GI: ['Gibraltar', 'Royal Gibraltar Post Office', 'gibraltar-post'],
  GL: ['Greenland', 'Tusass', 'tusass'],
  HK: ['Hong Kong, China', 'Hongkong Post', 'hongkong-post'],
  IM: ['Isle of Man', 'Isle of Man Post Office', 'isle-of-man-post'],
  JE: ['Jersey', 'Jersey Post', 'jersey-post'],
  KY: ['Cayman Islands', 'Cayman Islands Postal Service', 'cayman-post'],
  MO: ['Macao, China', 'Macau Post (CTT Macau)', 'macau-post'],
  NC: ['New Caledonia', 'OPT Nouvelle-Calédonie', 'opt-nouvelle-caledonie'],
  PF: ['French Polynesia', 'Fare Rata (OPT Polynésie)', 'fare-rata'],
  SX: ['Sint Maarten', 'Postal Services St. Maarten', 'st-maarten-post'],
  TW: ['Taiwan', 'Chunghwa Post', 'chunghwa-post'],
  VG: ['British Virgin Islands', 'BVI Post', 'bvi-post'],
};

/** Other parceline carriers that can track a post's S10 numbers themselves. */
const ALSO_TRACKED_BY: Readonly<Record<string, readonly string[]>> = {
  // DHL's shipment tracking answers for Deutsche Post international items (dhl.md §6, "Deutsche Post / DHL Paket international").
  DE: ['dhl'],
};

function buildTable(): Readonly<Record<string, UpuPost>> {
  const table: Record<string, UpuPost> = {};
  for (const rows of [MEMBER_POSTS, TERRITORY_POSTS]) {
    for (const [code, [country, name, id]] of Object.entries(rows)) {
      const alsoTrackedBy = ALSO_TRACKED_BY[code];
      table[code] = Object.freeze({ country, name, id, ...(alsoTrackedBy ? { alsoTrackedBy } : {}) });
    }
  }
  return Object.freeze(table);
}

/**
 * Every S10 country suffix parceline accepts, mapped to the post that issues numbers with it. A suffix missing
 * from this table makes an S10 number invalid (`XX` is not a country).
 */
export const UPU_POSTS: Readonly<Record<string, UpuPost>> = buildTable();

/** The country codes of UPU member countries in {@link UPU_POSTS} (the rest are territories). */
export const UPU_MEMBER_COUNTRY_CODES: readonly string[] = Object.freeze(Object.keys(MEMBER_POSTS));

/**
 * The post that issued an S10 number with this country suffix, or `null` when no post uses the suffix.
 *
 * @example
 * findIssuingPost('DE'); // { country: 'Germany', name: 'Deutsche Post (DHL Paket for parcels)', id: 'deutsche-post', alsoTrackedBy: ['dhl'] }
 */
export function findIssuingPost(countryCode: string): UpuPost | null {
  return Object.hasOwn(UPU_POSTS, countryCode) ? (UPU_POSTS[countryCode] as UpuPost) : null;
}
