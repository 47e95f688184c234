/**
 * parceline/carriers/canada-post: the Canada Post adapter (Tracking REST API, XML). See docs/carriers/canada-post.md.
 */
export { canadaPost, type CanadaPostOptions } from './canada-post-adapter.js';
