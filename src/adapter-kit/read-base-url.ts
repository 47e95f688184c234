import { ConfigurationError } from '../errors/configuration-error.js';

/**
 * Reads an adapter's `baseUrl` option: the default when absent, trimmed, without trailing slashes, and
 * an absolute http(s) URL, or a `ConfigurationError` naming the carrier. Every adapter takes a `baseUrl`
 * so tests and the local sandbox can point it elsewhere.
 *
 * @example
 * const baseUrl = readBaseUrl('ups', options.baseUrl, 'https://onlinetools.ups.com');
 */
export function readBaseUrl(carrierId: string, baseUrl: string | undefined, defaultBaseUrl: string): string {
  const value = (baseUrl ?? defaultBaseUrl).trim().replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`${carrierId} baseUrl is not an absolute URL`, { carrierId });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigurationError(`${carrierId} baseUrl must use http or https`, { carrierId });
  return value;
}
