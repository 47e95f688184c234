import { royalMail } from '../../../carriers/royal-mail/index.js';
import type { ConformanceCase } from '../conformance-case.js';

const credentials = { clientId: 'TEST-RM-CLIENT-ID-3a9d', clientSecret: 'TEST-RM-CLIENT-SECRET-e5b2' };

export default {
  factory: royalMail,
  credentials,
  withBaseUrl: (baseUrl) => ({ ...credentials, baseUrl }),
} satisfies ConformanceCase;
