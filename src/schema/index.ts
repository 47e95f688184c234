export { TrackingStatus, SubStatus, SUB_STATUS_DEFAULTS, TERMINAL_STATUSES, defaultStatusOf, isTerminalStatus } from './status.js';
export { Location } from './location.js';
export { TrackingEvent, TimeBasis, CarrierStatus, Handoff, UtcInstant, OffsetDateTime } from './tracking-event.js';
export { TrackingResult, TrackingWarning, EstimatedDelivery, AmountDue } from './tracking-result.js';
export { toAfterShip, to17Track, toEasyPost, fromAfterShip, from17Track, fromEasyPost } from './taxonomies.js';
export type { TaxonomyEvent, TaxonomyMatch, AfterShipStatus, SeventeenTrackStatus, EasyPostStatus } from './taxonomies.js';
