import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors/index.js';
import { readBaseUrl } from '../../src/adapter-kit/read-base-url.js';

describe('readBaseUrl', () => {
  it('uses the default and drops trailing slashes', () => {
    expect(readBaseUrl('ups', undefined, 'https://onlinetools.ups.com/')).toBe('https://onlinetools.ups.com');
    expect(readBaseUrl('ups', ' http://127.0.0.1:4000// ', 'https://x.test')).toBe('http://127.0.0.1:4000');
  });

  it('refuses a relative or non-http URL with a ConfigurationError naming the carrier', () => {
    for (const bad of ['api.ups.com', 'ftp://api.ups.com']) {
      const error = (() => {
        try {
          readBaseUrl('ups', bad, 'https://x.test');
        } catch (caught) {
          return caught;
        }
        return undefined;
      })();
      expect(ConfigurationError.isInstance(error)).toBe(true);
      expect((error as ConfigurationError).carrierId).toBe('ups');
    }
  });
});
