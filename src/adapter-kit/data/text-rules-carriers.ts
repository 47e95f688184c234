/**
 * Carrier names as tracking texts write them, for naming the next carrier of a handoff (`classifyText`'s
 * `handoffCarrier`). The designated posts' common names come from `upu-posts.ts` on top of this list; the
 * aliases here add short forms, other languages and the non-postal carriers parceline knows.
 *
 * Keys are compared reduced to lower-case letters and digits (`U.S. Postal Service` = `us postal service`).
 * A name that is not here gives `carrier: null`, never a guess.
 */

/** Name (as written) → parceline carrier or post id. */
export const CARRIER_NAME_ALIASES: Readonly<Record<string, string>> = {
  USPS: 'usps',
  'United States Postal Service': 'usps',
  'U.S. Postal Service': 'usps',
  'US Postal Service': 'usps',
  'U.S. Postal Service (USPS)': 'usps',
  UPS: 'ups',
  'United Parcel Service': 'ups',
  'UPS Mail Innovations': 'ups',
  FedEx: 'fedex',
  'FedEx Ground': 'fedex',
  'FedEx Express': 'fedex',
  'Federal Express': 'fedex',
  DHL: 'dhl',
  'DHL Express': 'dhl',
  'DHL Paket': 'dhl',
  'DHL eCommerce': 'dhl',
  'Deutsche Post': 'deutsche-post',
  'Royal Mail': 'royal-mail',
  'Canada Post': 'canada-post',
  'Postes Canada': 'canada-post',
  'La Poste': 'la-poste',
  Colissimo: 'la-poste',
  'Correos España': 'correos-spain',
  'Correos Spain': 'correos-spain',
  'Correos de México': 'correos-de-mexico',
  'Correios Brasil': 'correios-brazil',
  'Australia Post': 'australia-post',
  'Japan Post': 'japan-post',
  'Poste Italiane': 'poste-italiane',
  PostNL: 'postnl',
  bpost: 'bpost',
  'Swiss Post': 'swiss-post',
  'Die Post': 'swiss-post',
  'An Post': 'an-post',
  'NZ Post': 'nz-post',
  'New Zealand Post': 'nz-post',
  SingPost: 'singpost',
  'Korea Post': 'korea-post',
  'Hongkong Post': 'hongkong-post',
  'Hong Kong Post': 'hongkong-post',
  'China Post': 'china-post',
  中国邮政: 'china-post',
  'Russian Post': 'russian-post',
  'Pochta Rossii': 'russian-post',
  PostNord: 'postnord',
  Posti: 'posti',
  'Poczta Polska': 'poczta-polska',
  'Austrian Post': 'austrian-post',
  'Österreichische Post': 'austrian-post',
  Amazon: 'amazon',
  'Amazon Logistics': 'amazon',
  OnTrac: 'ontrac',
  LaserShip: 'lasership',
};

/**
 * Words that name no particular carrier ("handed over to the local carrier"): a handoff to one of these
 * gives no `handoffCarrier`; the adapter infers the partner from the destination country when it can.
 */
export const GENERIC_CARRIER_WORDS: ReadonlySet<string> = new Set(
  [
    'carrier',
    'local carrier',
    'the carrier',
    'delivery partner',
    'partner',
    'partner carrier',
    'local partner',
    'last mile carrier',
    'destination carrier',
    'postal operator',
    'local post',
    'local postal service',
    'airline',
    'customs',
    '航空公司',
    '下一承运商',
    '其他承运商',
    '承运商',
    'transporteur',
    'partenaire',
    'zustellorganisation',
    'zustellpartner',
    'partner im zielland',
    'transportista',
    'operador',
    'operador postal',
  ].map((word) => word.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')),
);

/**
 * Words that end a carrier name taken from a handoff sentence ("handed over to USPS **for** delivery"),
 * written in normalized form (lower case, no accents).
 */
export const HANDOFF_NAME_STOP_WORDS: readonly string[] = [
  'for',
  'with',
  'at',
  'in',
  'on',
  'under',
  'using',
  'tracking',
  'reference',
  'and',
  'pour',
  'avec',
  'sous',
  'dans',
  'et',
  'para',
  'con',
  'bajo',
  'en',
  'y',
  'mit',
  'unter',
  'fur',
  'zur',
  'zum',
  'und',
  'ubergeben',
  'weitergeleitet',
];

/**
 * Chinese words that end a carrier name in a handoff sentence ("交由USPS**投递**"); Chinese has no spaces,
 * so these end the name wherever they start.
 */
export const HANDOFF_NAME_STOP_WORDS_ZH: readonly string[] = ['继续', '派送', '投递', '进行', '负责', '运输', '配送', '处理'];
