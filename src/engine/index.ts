export { createTracker, type Tracker, type TrackerOptions, type TrackOptions, type TrackManyItem, type TrackManyInput } from './create-tracker.js';
export { normalize, type NormalizeOptions } from './normalize.js';
export { deriveStatus, type DerivedStatus } from './derive-status.js';
