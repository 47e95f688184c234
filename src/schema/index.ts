export { TrackingStatus, SubStatus, SUB_STATUS_DEFAULTS, TERMINAL_STATUSES, defaultStatusOf, isTerminalStatus } from './status.js';
export { Location } from './location.js';
export { TrackingEvent, TimeBasis, CarrierStatus, Handoff, UtcInstant, OffsetDateTime } from './tracking-event.js';
export { TrackingResult, TrackingWarning, EstimatedDelivery, AmountDue } from './tracking-result.js';
