import { fedex } from '../../../carriers/fedex/index.js';
import type { ConformanceCase } from '../conformance-case.js';

const credentials = { clientId: 'TEST-FEDEX-API-KEY-6b2e', clientSecret: 'TEST-FEDEX-SECRET-KEY-a83d' };

export default {
  factory: fedex,
  credentials,
  withBaseUrl: (baseUrl) => ({ ...credentials, baseUrl }),
} satisfies ConformanceCase;
