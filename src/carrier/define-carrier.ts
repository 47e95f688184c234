import { AdapterContractError } from '../errors/adapter-contract-error.js';
import { CARRIER_SPEC_VERSION, type CarrierAdapter, type CarrierDefinition, type CarrierFactory } from './carrier-spec.js';

const ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Declares a carrier adapter. The factory receives the user's options (credentials optional: every
 * adapter must work without them for parse-only use) and returns the manifest and functions.
 *
 * @example
 * export const acme = defineCarrier((options: { apiKey?: string } = {}) => ({
 *   id: 'acme', displayName: 'Acme Parcel', sampleTrackingNumbers: ['AC123456789'],
 *   capabilities: { maxTrackingNumbersPerRequest: 1, languages: ['en'], namesHandoffPartners: false },
 *   matchTrackingNumber: (n) => (/^AC\d{9}$/.test(n) ? { format: 'acme', normalized: n, checkDigit: 'none' } : null),
 *   fetchTracking: async ({ trackingNumbers, http }) => (await http.request({ method: 'GET', url: `https://api.acme.test/t/${trackingNumbers[0]}`, auth: true })).body,
 *   parseTracking: (raw) => parseAcme(raw),
 * }));
 */
export function defineCarrier<Options>(factory: (options: Options) => CarrierDefinition): CarrierFactory<Options> {
  return (options?: Options) => {
    const definition = factory((options ?? {}) as Options);
    assertDefinition(definition);
    return Object.freeze({ ...definition, specVersion: CARRIER_SPEC_VERSION });
  };
}

function assertDefinition(definition: CarrierDefinition): void {
  const issues: string[] = [];
  if (typeof definition?.id !== 'string' || !ID_PATTERN.test(definition.id)) issues.push('id: must be kebab-case');
  if (typeof definition?.displayName !== 'string' || definition.displayName === '') issues.push('displayName: required');
  const max = definition?.capabilities?.maxTrackingNumbersPerRequest;
  if (!Number.isInteger(max) || (max as number) < 1) issues.push('capabilities.maxTrackingNumbersPerRequest: a positive integer');
  if (!Array.isArray(definition?.capabilities?.languages)) issues.push('capabilities.languages: an array');
  for (const name of ['matchTrackingNumber', 'fetchTracking', 'parseTracking'] as const) {
    if (typeof definition?.[name] !== 'function') issues.push(`${name}: a function`);
  }
  if (!Array.isArray(definition?.sampleTrackingNumbers)) issues.push('sampleTrackingNumbers: an array');
  if (issues.length > 0) {
    throw new AdapterContractError(`carrier definition ${String(definition?.id)} breaks the carrier contract ${CARRIER_SPEC_VERSION}`, {
      carrierId: typeof definition?.id === 'string' ? definition.id : undefined,
      issues,
    });
  }
}
