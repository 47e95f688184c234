import { dhl } from '../../../carriers/dhl/index.js';
import type { ConformanceCase } from '../conformance-case.js';

const credentials = { apiKey: 'TEST-DHL-API-KEY-7c2e9b41' };

export default {
  factory: dhl,
  credentials,
  withBaseUrl: (baseUrl) => ({ ...credentials, baseUrl }),
} satisfies ConformanceCase;
