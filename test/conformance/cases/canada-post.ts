import { canadaPost } from '../../../carriers/canada-post/index.js';
import type { ConformanceCase } from '../conformance-case.js';

const credentials = { username: 'TEST-CPC-USERNAME-6b2e', password: 'TEST-CPC-PASSWORD-c81f' };

export default {
  factory: canadaPost,
  credentials,
  withBaseUrl: (baseUrl) => ({ ...credentials, baseUrl }),
} satisfies ConformanceCase;
