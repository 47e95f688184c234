import { readFileSync } from 'node:fs';
import { canadaPost } from '../../../carriers/canada-post/index.js';
import { chinaPost } from '../../../carriers/china-post/index.js';
import { dhl } from '../../../carriers/dhl/index.js';
import { fedex } from '../../../carriers/fedex/index.js';
import { royalMail } from '../../../carriers/royal-mail/index.js';
import { ups } from '../../../carriers/ups/index.js';
import { usps } from '../../../carriers/usps/index.js';
import type { CarrierAdapter } from '../../../src/carrier/carrier-spec.js';
import { SANDBOX_ROUTES } from '../../../src/testing/routes.js';

/** The repository's fixtures folder. */
export const FIXTURES_DIR = new URL('../../../fixtures/', import.meta.url);

/** How the reliability suites drive one carrier. */
export interface ReliabilityCarrier {
  id: string;
  factory: (options?: never) => CarrierAdapter;
  /** `oauth`: a token endpoint (UPS, FedEx, USPS); `static`: keys, Basic auth or a signed body on every call. */
  auth: 'oauth' | 'static';
  /**
   * Distinctive credentials, by the adapter's option names. The sandbox is told to accept exactly these, and
   * every suite hunts for them (and for the tokens issued) in everything a user can see.
   */
  credentials: Record<string, string>;
  /** A 2xx track fixture with `expect.status` delivered: the success answer of every cell. */
  fixture: string;
  /** File extension of the carrier's bodies. */
  format: 'json' | 'xml';
  /** The content type the carrier uses for its bodies. */
  contentType: string;
  /** A carrier whose valid body this one is handed in the "body of another carrier" cell. */
  foreign: string;
}

/**
 * The seven carriers. Credentials mix a readable label with random-looking parts, and some carry characters that
 * URL and form encodings write differently (`!`, `(`, `)`), so a redaction that only knows the raw form is caught.
 */
export const RELIABILITY_CARRIERS: readonly ReliabilityCarrier[] = [
  {
    id: 'ups',
    factory: ups,
    auth: 'oauth',
    credentials: { clientId: 'RELY-ups-id-5fT9qK2mW8', clientSecret: 'RELY-ups-secret-Zx81!Lp(4)Qa' },
    fixture: 'track-domestic-delivered',
    format: 'json',
    contentType: 'application/json',
    foreign: 'fedex',
  },
  {
    id: 'fedex',
    factory: fedex,
    auth: 'oauth',
    credentials: { clientId: 'RELY-fedex-key-Hq73Vn0sLd', clientSecret: 'RELY-fedex-secret-bW2!Ke9(x)Tu' },
    fixture: 'track-delivered-domestic',
    format: 'json',
    contentType: 'application/json',
    foreign: 'usps',
  },
  {
    id: 'usps',
    factory: usps,
    auth: 'oauth',
    credentials: { clientId: 'RELY-usps-key-Gk48Rz1pYc', clientSecret: 'RELY-usps-secret-Mn5!Qw7(j)Ds' },
    fixture: 'track-delivered',
    format: 'json',
    contentType: 'application/json',
    foreign: 'dhl',
  },
  {
    id: 'dhl',
    factory: dhl,
    auth: 'static',
    credentials: { apiKey: 'RELY-dhl-apikey-Xc62Lm9!Bv(3)' },
    fixture: 'track-parcel-de-delivered-de',
    format: 'json',
    contentType: 'application/json',
    foreign: 'royal-mail',
  },
  {
    id: 'canada-post',
    factory: canadaPost,
    auth: 'static',
    credentials: { username: 'RELY-cpc-user-Pd30Wq8e', password: 'RELY-cpc-pass-Tr6!Nh2(k)Zy' },
    fixture: 'track-delivered-en',
    format: 'xml',
    contentType: 'application/vnd.cpc.track-v2+xml',
    foreign: 'ups',
  },
  {
    id: 'china-post',
    factory: chinaPost,
    auth: 'static',
    // signKey: Base64 of the 16 bytes "RELY-cp-signk-9Q", the documented form of a sign key.
    credentials: { senderNo: 'RELY-CP-SENDER-8841-Kq', authorization: 'RELY-cp-auth-Vb4!Rs(8)Wn', signKey: Buffer.from('RELY-cp-signk-9Q').toString('base64') },
    fixture: 'track-delivered-domestic',
    format: 'json',
    contentType: 'application/json',
    foreign: 'ups',
  },
  {
    id: 'royal-mail',
    factory: royalMail,
    auth: 'static',
    credentials: { clientId: 'RELY-rm-client-Ja51Uo7c', clientSecret: 'RELY-rm-secret-Ey9!Fg4(m)Pb' },
    fixture: 'track-delivered',
    format: 'json',
    contentType: 'application/json',
    foreign: 'china-post',
  },
];

/** The case of a carrier id. */
export function carrierCase(id: string): ReliabilityCarrier {
  const found = RELIABILITY_CARRIERS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no reliability case for ${id}`);
  return found;
}

/** The body of a carrier's success fixture, as stored. */
export function successBody(carrier: ReliabilityCarrier): string {
  return readFileSync(new URL(`${carrier.id}/${carrier.fixture}.${carrier.format}`, FIXTURES_DIR), 'utf8');
}

/**
 * The success fixture made to answer for the carrier's sample number, as the sandbox renumbers fixtures (its routing
 * table names the body's main number): what faults that send a real body send.
 */
export function renumberedBody(carrier: ReliabilityCarrier): string {
  const body = successBody(carrier);
  const main = SANDBOX_ROUTES.get(carrier.id)?.bodyNumbers(body)[0];
  return main === undefined ? body : body.split(main).join(sampleNumber(carrier));
}

/** The number every cell tracks for a carrier: the adapter's first sample number. */
export function sampleNumber(carrier: ReliabilityCarrier): string {
  return carrier.factory().sampleTrackingNumbers[0] as string;
}

/** Every credential value of every carrier. */
export function allCredentialValues(): string[] {
  return RELIABILITY_CARRIERS.flatMap((carrier) => Object.values(carrier.credentials));
}
