import { CANADA_POST_ROUTE } from './canada-post-route.js';
import { CHINA_POST_ROUTE } from './china-post-route.js';
import { DHL_ROUTE } from './dhl-route.js';
import { FEDEX_ROUTE } from './fedex-route.js';
import { ROYAL_MAIL_ROUTE } from './royal-mail-route.js';
import type { SandboxRoute } from './sandbox-route.js';
import { UPS_ROUTE } from './ups-route.js';
import { USPS_ROUTE } from './usps-route.js';

/** Every carrier the sandbox speaks, by id: one routing table each (see `sandbox-route.ts`). */
export const SANDBOX_ROUTES: ReadonlyMap<string, SandboxRoute> = new Map(
  [UPS_ROUTE, FEDEX_ROUTE, USPS_ROUTE, DHL_ROUTE, CANADA_POST_ROUTE, CHINA_POST_ROUTE, ROYAL_MAIL_ROUTE].map((route) => [route.id, route]),
);

/** The ids of the carriers the sandbox speaks, in a stable order. */
export const SANDBOX_CARRIER_IDS: readonly string[] = Object.freeze([...SANDBOX_ROUTES.keys()]);
