/**
 * parceline: one unified, localized tracking timeline from many carriers.
 *
 * @example
 * import { createTracker } from 'parceline';
 * import { ups } from 'parceline/carriers/ups';
 * const tracker = createTracker({ carriers: [ups({ clientId, clientSecret })] });
 * const result = await tracker.track('1Z4W7E210355182041');
 */
export { createTracker, normalize, deriveStatus } from './engine/index.js';
export type { ResultValidation } from './engine/finish-result.js';
export type { Tracker, TrackerOptions, TrackOptions, TrackManyItem, TrackManyInput, NormalizeOptions, DerivedStatus } from './engine/index.js';
export {
  TrackingStatus,
  SubStatus,
  SUB_STATUS_DEFAULTS,
  TERMINAL_STATUSES,
  defaultStatusOf,
  isTerminalStatus,
  Location,
  TrackingEvent,
  TimeBasis,
  CarrierStatus,
  Handoff,
  TrackingResult,
  TrackingWarning,
  EstimatedDelivery,
  AmountDue,
  toAfterShip,
  to17Track,
  toEasyPost,
  fromAfterShip,
  from17Track,
  fromEasyPost,
} from './schema/index.js';
export type { TaxonomyEvent, TaxonomyMatch, AfterShipStatus, SeventeenTrackStatus, EasyPostStatus } from './schema/index.js';
export {
  ParcelineError,
  CarrierHttpError,
  CarrierAuthError,
  CarrierNetworkError,
  RateLimitedError,
  CarrierResponseError,
  AdapterContractError,
  ConfigurationError,
  AbortedError,
  InvalidTrackingNumberError,
} from './errors/index.js';
export { detectCarrier } from './detection/detect-carrier.js';
export type { DetectCarrierOptions, DetectionCandidate, DetectionResult, DetectionRejection, DetectionRejectionReason } from './detection/detect-carrier.js';
export { Secret, CARRIER_SPEC_VERSION } from './carrier/index.js';
export type { CarrierAdapter, CarrierCapabilities, CarrierFactory } from './carrier/index.js';
export { createMemoryTokenStore } from './http/index.js';
export type { TokenStore, CachedToken, HttpOptions, RetryOptions, Logger, HttpTimeouts, RateLimitOptions } from './http/index.js';
export { SUPPORTED_LOCALES, type SupportedLocale } from './i18n/create-i18n.js';
export { formatTimeline, type FormatTimelineOptions } from './timeline/format-timeline.js';
export { mergeLegs, type MergeLegsOptions } from './merge/merge-legs.js';
export {
  Shipment,
  ShipmentLeg,
  ShipmentLegRole,
  ShipmentEvent,
  ShipmentReport,
  LegEventRef,
  HandoffBasis,
  ReinterpretationReason,
  CustomsSummary,
  CustomsState,
} from './schema/shipment.js';
export type { TrackShipmentRequest, ShipmentLegRequest, ShipmentTracking, SkippedLeg, SkippedLegReason } from './engine/track-shipment.js';
