/** The two languages Canada Post answers in (`Accept-language`). */
export const CANADA_POST_LANGUAGES = ['en-CA', 'fr-CA'] as const;

/** `en-CA` or `fr-CA`. */
export type CanadaPostLanguage = (typeof CANADA_POST_LANGUAGES)[number];

/**
 * The `Accept-language` to send for a caller's locale: `fr-CA` for any French locale, `en-CA` otherwise
 * (Canada Post has no other language).
 *
 * @example
 * toCanadaPostLanguage('fr'); // 'fr-CA'
 * toCanadaPostLanguage('zh-CN'); // 'en-CA'
 */
export function toCanadaPostLanguage(locale: string | undefined): CanadaPostLanguage {
  return /^fr(?:[-_]|$)/i.test(locale?.trim() ?? '') ? 'fr-CA' : 'en-CA';
}

const FRENCH_MARKERS = /[àâçéèêëîïôûùœ]|\b(?:l'|d'|qu'|le|la|les|du|des|au|aux|est|a été|été|article|colis|livr\w*|expéditeur|destinataire|douane\w*|bureau de poste|reçu|traité|arrivé\w*|votre|pour|dans|avec|disponible|renseignements|payés?|en ligne)\b/giu;
const ENGLISH_MARKERS = /\b(?:the|item|has|have|been|was|is|to|for|your|with|delivered|delivery|received|processed|arrived|customs|sender|recipient|post office|pickup|out for|by|shipper|information|submitted|available|paid|online|and)\b/gi;

/**
 * Which of Canada Post's two languages a description is in, from common words and French accents; `null`
 * when the text says too little. Needed because a body does not state its language, and some French
 * answers keep a few English texts (reference §8.2), so each event is judged on its own text.
 *
 * @example
 * guessCanadaPostLanguage('Item out for delivery'); // 'en-CA'
 * guessCanadaPostLanguage('Article en cours de livraison'); // 'fr-CA'
 */
export function guessCanadaPostLanguage(text: string): CanadaPostLanguage | null {
  const value = text.toLowerCase();
  const french = value.match(FRENCH_MARKERS)?.length ?? 0;
  const english = value.match(ENGLISH_MARKERS)?.length ?? 0;
  if (french === english) return null;
  return french > english ? 'fr-CA' : 'en-CA';
}
