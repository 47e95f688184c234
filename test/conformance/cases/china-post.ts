import { chinaPost } from '../../../carriers/china-post/index.js';
import type { ConformanceCase } from '../conformance-case.js';

// signKey must have the documented form (Base64 of 16 bytes): this is Base64 of "TEST-CP-SIGNKEY!".
const credentials = { senderNo: 'TEST-CP-SENDER-7c21', authorization: 'TEST-CP-AUTHORIZATION-e94d', signKey: 'VEVTVC1DUC1TSUdOS0VZIQ==' };

export default {
  factory: chinaPost,
  credentials,
  withBaseUrl: (baseUrl) => ({ ...credentials, baseUrl }),
} satisfies ConformanceCase;
