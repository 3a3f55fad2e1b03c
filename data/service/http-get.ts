import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: IncomingMessage;
}

const maxRedirects = 5;

/**
 * A plain GET that hands back the body exactly as served. fetch() is not used on
 * purpose: it silently inflates any response marked Content-Encoding: gzip (as static
 * servers mark *.gz files), and the manifest's hashes cover the bytes as published.
 */
export function httpGet(url: string, headers: Record<string, string>, signal: AbortSignal, redirectsLeft = maxRedirects): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const client = target.protocol === 'https:' ? https : target.protocol === 'http:' ? http : null;
    if (!client) {
      reject(new Error(`Unsupported protocol ${target.protocol}`));
      return;
    }
    const request = client.get(target, { headers, signal }, (response) => {
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (status >= 300 && status < 400 && status !== 304 && location) {
        response.resume();
        if (redirectsLeft <= 0) {
          reject(new Error(`Too many redirects at ${url}`));
          return;
        }
        httpGet(new URL(location, target).href, headers, signal, redirectsLeft - 1).then(resolve, reject);
        return;
      }
      resolve({ status, headers: response.headers, body: response });
    });
    request.on('error', reject);
  });
}

export function headerValue(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}
