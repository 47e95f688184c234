/**
 * parceline/adapter-kit: everything a carrier adapter needs, and the only import surface for carriers
 * (first-party and third-party alike), together with `zod`.
 */
export * from '../carrier/index.js';
export * from '../schema/index.js';
export * from '../errors/index.js';
export { createStatusMapper, type StatusMapper, type StatusTableEntry, type MappedStatus } from './create-status-mapper.js';
export { createEventId, type EventIdentity } from './create-event-id.js';
export { readJsonBody, type BodyContext } from './read-json-body.js';
export { validateRawBody, type RawBodyCheck } from './validate-raw-body.js';
export { isFlag, isList, isOptionalList, isOptionalObject, isPlainText, isRecord } from './raw-body-checks.js';
export { unknownCodeWarning, assumedZoneWarning, carrierWarning, dedupeWarnings } from './warnings.js';
export {
  TRACKING_NUMBER_FORMATS,
  matchTrackingNumberFormats,
  findTrackingNumberFormat,
  readTrackingNumber,
  compactTrackingNumber,
  compactNumberField,
  compactNumberFields,
  describeS10Service,
  INVALID_CHECK_DIGIT_CONFIDENCE,
  MAX_TRACKING_NUMBER_LENGTH,
  MAX_TRACKING_INPUT_LENGTH,
  type TrackingNumberFormat,
  type TrackingNumberReading,
  type TrackingNumberService,
  type CheckDigitOutcome,
  type S10ServiceClass,
} from './tracking-number-formats.js';
export {
  toUpsCharacterValue,
  computeUpsMod10CheckDigit,
  computeGs1Mod10CheckDigit,
  computeMod7CheckDigit,
  computeS10CheckDigit,
  computeFedexMod11CheckDigit,
  hasValidUps1zCheckDigit,
  hasValidUpsWaybillCheckDigit,
  hasValidOnTracCheckDigit,
  hasValidUspsImpbCheckDigit,
  hasValidUsps20CheckDigit,
  hasValidUspsLegacyCheckDigit,
  hasValidFedex12CheckDigit,
  hasValidFedex15CheckDigit,
  hasValidFedex96CheckDigit,
  hasValidFedex34CheckDigit,
  hasValidFedexAstra32CheckDigit,
  hasValidFedexSsccCheckDigit,
  hasValidFedexSmartPostCheckDigit,
  hasValidDhlExpressCheckDigit,
  hasValidCanadaPostCheckDigit,
  hasValidS10CheckDigit,
} from './check-digits.js';
export { UPU_POSTS, UPU_MEMBER_COUNTRY_CODES, findIssuingPost, type UpuPost } from './data/upu-posts.js';
export { toInstant, formatOffset, parseOffset, isKnownTimeZone, type ToInstantInput } from './to-instant.js';
export { resolveTimeZone, type ZoneQuery, type ZoneResolution } from './resolve-time-zone.js';
export { normalizeCountry } from './normalize-country.js';
export { parseXml, decodeXmlText, type ParseXmlOptions, type XmlElement, type XmlNode } from './parse-xml.js';
export { UPU_EVENT_TABLE, UPU_EVENT_LABELS, UPU_TEXT_REFINED_CODES, mapUpuEvent, isUpuEventCode, upuEventLabel, type UpuEventCode } from './upu-events.js';
export {
  classifyText,
  findCarrierIdByName,
  normalizeForMatching,
  textRulesOf,
  TEXT_LANGUAGES,
  TEXT_INTENTS,
  MAX_CLASSIFIED_TEXT_LENGTH,
  type TextLanguage,
  type TextIntent,
  type TextRule,
  type TextClassification,
  type ClassifyTextOptions,
  type HandoffCarrier,
} from './classify-text.js';
export { findChineseCity, findChineseProvince, findChineseCityAtStart, type ChinesePlace } from './data/cn-cities.js';
export { readBaseUrl } from './read-base-url.js';
export { readLocale, type LocaleReading } from './read-locale.js';
