/**
 * parceline/carriers/royal-mail: the Royal Mail adapter (Tracking API v2). See docs/carriers/royal-mail.md.
 */
export { royalMail, type RoyalMailOptions } from './royal-mail-adapter.js';
