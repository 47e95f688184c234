import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  AbortedError,
  AdapterContractError,
  CarrierAuthError,
  CarrierHttpError,
  CarrierNetworkError,
  CarrierResponseError,
  ConfigurationError,
  ParcelineError,
  RateLimitedError,
  Secret,
} from '../../src/index.js';

describe('error family', () => {
  const errors: ParcelineError[] = [
    new CarrierHttpError('http', { carrierId: 'ups', trackingNumbers: ['1Z'], statusCode: 500, isRetryable: true }),
    new CarrierAuthError('auth', { carrierId: 'ups', statusCode: 401 }),
    new CarrierNetworkError('net', { carrierId: 'ups', reason: 'ECONNRESET' }),
    new RateLimitedError('rate', { carrierId: 'ups', retryAfter: 1000 }),
    new CarrierResponseError('shape', { carrierId: 'ups', issues: ['a: b'] }),
    new AdapterContractError('contract'),
    new ConfigurationError('config'),
    new AbortedError('aborted'),
  ];

  it('gives every class a stable distinct code and the isInstance marker', () => {
    expect(errors.map((error) => error.code)).toEqual([
      'CARRIER_HTTP_ERROR',
      'CARRIER_AUTH_FAILED',
      'CARRIER_NETWORK_ERROR',
      'RATE_LIMITED',
      'CARRIER_RESPONSE_INVALID',
      'ADAPTER_CONTRACT_VIOLATION',
      'CONFIGURATION_ERROR',
      'ABORTED',
    ]);
    for (const error of errors) {
      expect(ParcelineError.isInstance(error)).toBe(true);
      expect(error.name).toBe(error.constructor.name);
    }
    expect(ParcelineError.isInstance(new Error('x'))).toBe(false);
    expect(AbortedError.isInstance(errors[0])).toBe(false);
    expect(RateLimitedError.isInstance(errors[3])).toBe(true);
    expect(RateLimitedError.isInstance(errors[2])).toBe(false);
    expect(ParcelineError.isInstance({ code: 'RATE_LIMITED' })).toBe(false);
  });

  it('marks only transient failures retryable', () => {
    expect(errors.map((error) => error.isRetryable)).toEqual([true, false, true, true, false, false, false, false]);
  });

  it('serializes context and cause without extra fields', () => {
    const error = new CarrierNetworkError('net', { carrierId: 'dhl', trackingNumbers: ['123'], reason: 'ETIMEDOUT', cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET', headers: { authorization: 'Bearer x' } }) });
    expect(error.toJSON()).toEqual({
      name: 'CarrierNetworkError',
      code: 'CARRIER_NETWORK_ERROR',
      message: 'net',
      carrierId: 'dhl',
      trackingNumbers: ['123'],
      isRetryable: true,
      reason: 'ETIMEDOUT',
      cause: { name: 'Error', message: 'socket hang up', code: 'ECONNRESET' },
    });
    expect(inspect(error)).not.toContain('Bearer x');
  });
});

describe('Secret', () => {
  it('never shows its value when printed, serialized or inspected', () => {
    const secret = new Secret('super-secret-value-123');
    expect(String(secret)).toBe('[redacted]');
    expect(`${secret}`).toBe('[redacted]');
    expect(JSON.stringify({ secret })).toBe('{"secret":"[redacted]"}');
    expect(inspect({ secret }, { depth: 5 })).not.toContain('super-secret-value-123');
    expect(secret.reveal()).toBe('super-secret-value-123');
  });
});
