/**
 * The carriers of the `parceline` command and the options each reads from the environment
 * (`PARCELINE_<CARRIER>_<OPTION>`, see docs/cli.md). Outside `src/` because it imports the carrier adapters.
 */
import { canadaPost } from '../carriers/canada-post/index.js';
import { chinaPost } from '../carriers/china-post/index.js';
import { dhl } from '../carriers/dhl/index.js';
import { fedex } from '../carriers/fedex/index.js';
import { royalMail } from '../carriers/royal-mail/index.js';
import { ups } from '../carriers/ups/index.js';
import { usps } from '../carriers/usps/index.js';
import type { CliCarrier } from '../src/cli/index.js';

/** Every carrier of the package, in detection-tie order (carriers with credentials are put first at run time). */
export const CLI_CARRIERS: readonly CliCarrier[] = [
  { factory: ups, options: ['clientId', 'clientSecret', 'merchantId', 'transactionSource', 'baseUrl'], credentials: ['clientId', 'clientSecret'] },
  { factory: fedex, options: ['clientId', 'clientSecret', 'baseUrl'], credentials: ['clientId', 'clientSecret'] },
  { factory: usps, options: ['clientId', 'clientSecret', 'scope', 'baseUrl'], credentials: ['clientId', 'clientSecret'] },
  { factory: dhl, options: ['apiKey', 'service', 'baseUrl'], credentials: ['apiKey'] },
  { factory: canadaPost, options: ['username', 'password', 'language', 'baseUrl'], credentials: ['username', 'password'] },
  { factory: chinaPost, options: ['senderNo', 'authorization', 'signKey', 'environment', 'baseUrl'], credentials: ['senderNo', 'authorization', 'signKey'] },
  { factory: royalMail, options: ['clientId', 'clientSecret', 'apiPath', 'baseUrl'], credentials: ['clientId', 'clientSecret'] },
];
