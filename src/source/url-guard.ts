import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { ParleyError } from '../model/errors.js';

/** Private, loopback, link-local and other non-public ranges: refused unless allowed. */
export function isPrivateAddress(ip: string): boolean {
  if (isIP(ip) === 4) {
    const [a, b] = ip.split('.').map(Number);
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127) ||
      a >= 224
    );
  }
  const v = ip.toLowerCase();
  if (v.startsWith('::ffff:')) return isPrivateAddress(v.slice(7));
  return (
    v === '::' ||
    v === '::1' ||
    v.startsWith('fe80') ||
    v.startsWith('fc') ||
    v.startsWith('fd') ||
    v.startsWith('ff')
  );
}

/** Checks scheme and resolved address of a URL before any request is made. */
export async function assertFetchable(raw: string, allowPrivate: boolean): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ParleyError('URL_REFUSED', 'not a valid URL', raw);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ParleyError('URL_REFUSED', `scheme ${url.protocol} is not http(s)`, raw);
  }
  if (allowPrivate) return url;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addrs = isIP(host)
    ? [host]
    : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
  if (addrs.length === 0) throw new ParleyError('FETCH_FAILED', `cannot resolve host ${host}`, raw);
  const bad = addrs.find(isPrivateAddress);
  if (bad)
    throw new ParleyError(
      'URL_REFUSED',
      `${host} resolves to a private address ${bad} (use --allow-private)`,
      raw,
    );
  return url;
}
