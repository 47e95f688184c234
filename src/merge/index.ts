export { mergeLegs, type MergeLegsOptions } from './merge-legs.js';
export { deriveShipmentStatus, isCustomsHold, movesOnAfterCustoms, type ShipmentStatus, type StatusEvent } from './derive-shipment-status.js';
export { summarizeCustoms, type CustomsEvent } from './customs-summary.js';
export { dedupeEvents, sortLegEvents, compareLegEvents, toLegEvent, DEDUPE_WINDOW_MS, DEDUPE_MAX_CANDIDATES, type LegEvent } from './dedupe-events.js';
export { milestoneOf, placesAgree, placeFactsAgree, toPlaceFacts, type Milestone, type PlaceScope, type PlaceFacts } from './milestone.js';
export { orderLegs, type OrderedLeg } from './order-legs.js';
export { combineLegResults, type CombinedLeg } from './combine-leg-results.js';
export { findHandoffTime, type HandoffLeg } from './handoff-time.js';
export { compactTrackingNumber, legKeyOf, handoffNamesLeg } from './leg-identity.js';
