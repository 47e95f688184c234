/**
 * parceline/carriers/china-post: the China Post / EMS adapter (EMS open platform track query, Chinese texts,
 * UPU event codes, handoffs to destination posts). See docs/carriers/china-post.md.
 */
export { chinaPost, type ChinaPostOptions } from './china-post-adapter.js';
