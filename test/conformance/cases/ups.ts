import { ups } from '../../../carriers/ups/index.js';
import type { ConformanceCase } from '../conformance-case.js';

const credentials = { clientId: 'TEST-UPS-CLIENT-ID-4d1c', clientSecret: 'TEST-UPS-CLIENT-SECRET-9f7e' };

export default {
  factory: ups,
  credentials,
  withBaseUrl: (baseUrl) => ({ ...credentials, baseUrl }),
} satisfies ConformanceCase;
