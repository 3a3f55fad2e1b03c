import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The LAN token check of the web transport. Off the loopback interface anyone on the
 * lounge network can reach the server, so every request (API, events, the renderer's
 * files) must prove it knows the token: an `Authorization: Bearer` header, or the cookie
 * a browser got by opening the wall once with `?token=`. That first load is redirected to
 * the same page without the token, so it stays out of the address bar and the history.
 */
export const tokenCookieName = 'anjungan_token';
export const minLanTokenLength = 24;
/** A year: the wall PC's browser survives reboots without anyone typing the token again. */
const cookieMaxAgeSeconds = 365 * 24 * 3600;

const digest = (value: string) => createHash('sha256').update(value).digest();

export function tokensEqual(expected: string, offered: string | null | undefined): boolean {
  if (typeof offered !== 'string' || offered.length === 0 || offered.length > 500) return false;
  return timingSafeEqual(digest(expected), digest(offered));
}

function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return null;
      }
    }
  }
  return null;
}

export type LanVerdict = { action: 'allow' } | { action: 'refuse' } | { action: 'redirect'; location: string; setCookie: string };

/** What to do with one request in LAN mode. */
export function judgeLanRequest(request: Pick<IncomingMessage, 'method' | 'headers'>, url: URL, token: string): LanVerdict {
  const authorization = request.headers.authorization;
  if (typeof authorization === 'string' && authorization.startsWith('Bearer ') && tokensEqual(token, authorization.slice('Bearer '.length).trim())) {
    return { action: 'allow' };
  }
  if (tokensEqual(token, cookieValue(request.headers.cookie, tokenCookieName))) return { action: 'allow' };
  const offered = url.searchParams.get('token');
  if (offered !== null && request.method === 'GET' && !url.pathname.startsWith('/api/') && tokensEqual(token, offered)) {
    url.searchParams.delete('token');
    return {
      action: 'redirect',
      location: `${url.pathname}${url.search}`,
      setCookie: `${tokenCookieName}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${cookieMaxAgeSeconds}`,
    };
  }
  return { action: 'refuse' };
}

export function checkLanToken(token: string | null | undefined): string {
  if (typeof token !== 'string' || token.length < minLanTokenLength) {
    throw new Error(`LAN mode needs a token of at least ${minLanTokenLength} characters (web.token in config.json); the server was not started.`);
  }
  return token;
}
