import { createCipheriv } from 'node:crypto';
import { ConfigurationError } from '../../src/adapter-kit/index.js';

/** Prefix the open platform puts before an SM4-encrypted `logitcsInterface`. */
const SM4_PREFIX = '|$4|';

/**
 * Whether a sign key (签名钥匙) has the documented form: Base64 of 16 raw bytes, the SM4 key.
 *
 * @example
 * isChinaPostSignKey('cGFyY2VsaW5lLXRlc3Qtaw=='); // true
 */
export function isChinaPostSignKey(signKey: string): boolean {
  const value = signKey.trim();
  if (!/^[A-Za-z0-9+/]{22}(?:==)?$/.test(value)) return false;
  return Buffer.from(value, 'base64').length === 16;
}

/**
 * Encrypts a business payload for the open platform's `logitcsInterface` field (reference
 * `carriers/china-post.md` §2.2): the UTF-8 bytes of the payload JSON followed by the Base64 sign key
 * itself, SM4 in ECB mode with PKCS#7 padding under the key the sign key decodes to, Base64, prefixed with
 * `|$4|`. Raises a `ConfigurationError` when the runtime's OpenSSL has no SM4 (some FIPS builds).
 *
 * @example
 * encryptChinaPostPayload('{"waybillNo":"LZ123456785CN","direction":"0"}', 'cGFyY2VsaW5lLXRlc3Qtaw==');
 * // '|$4|H66j0/1qlHN4lPiRJdPA6VZ0ub8pp8OiS70/OeaukG1MyS3Rkeco3ecj+kIo0nN07ZHJymnNzUDf6O14ydoh2arPVJKLEeAiNAonwnmQRNU='
 */
export function encryptChinaPostPayload(payloadJson: string, signKey: string): string {
  const key = signKey.trim();
  let cipher;
  try {
    cipher = createCipheriv('sm4-ecb', Buffer.from(key, 'base64'), null);
  } catch {
    throw new ConfigurationError('china-post needs SM4 (sm4-ecb) from the runtime’s OpenSSL to sign requests, and this Node build does not offer it', {
      carrierId: 'china-post',
    });
  }
  cipher.setAutoPadding(true);
  const encrypted = Buffer.concat([cipher.update(`${payloadJson}${key}`, 'utf8'), cipher.final()]);
  return `${SM4_PREFIX}${encrypted.toString('base64')}`;
}
