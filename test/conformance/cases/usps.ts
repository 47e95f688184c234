import { usps } from '../../../carriers/usps/index.js';
import type { ConformanceCase } from '../conformance-case.js';

const credentials = { clientId: 'TEST-USPS-CONSUMER-KEY-7b2e', clientSecret: 'TEST-USPS-CONSUMER-SECRET-c58d' };

export default {
  factory: usps,
  credentials,
  withBaseUrl: (baseUrl) => ({ ...credentials, baseUrl }),
} satisfies ConformanceCase;
