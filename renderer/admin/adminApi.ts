import { useMemo } from 'react';
import type { RequestArgs, RequestName, RequestResult } from '../../data/api/contract';
import { ApiClientError, type ApiClient } from '../api/client';

/** The requests that carry the admin session token. */
export type TokenRequest = { [N in RequestName]: RequestArgs<N> extends { token: string } ? N : never }[RequestName];
type ArgsWithoutToken<N extends TokenRequest> = Omit<RequestArgs<N>, 'token'>;

export interface AdminApi {
  client: ApiClient;
  /** For the one request that must not treat "unauthorized" as a lost session (admin.changePin). */
  token: string;
  call<N extends TokenRequest>(name: N, ...args: Record<string, never> extends ArgsWithoutToken<N> ? [args?: ArgsWithoutToken<N>] : [args: ArgsWithoutToken<N>]): Promise<RequestResult<N>>;
}

/**
 * Admin requests with the session's token added. The token lives in this closure (React
 * state above it) and nowhere else; an answer that the session is gone sends the panel
 * back to the PIN pad.
 */
export function useAdminApi(client: ApiClient, token: string, onExpired: () => void): AdminApi {
  return useMemo<AdminApi>(
    () => ({
      client,
      token,
      call: (async (name: TokenRequest, args: object = {}) => {
        const request = client.request as (name: RequestName, args: unknown) => Promise<unknown>;
        try {
          return await request(name, { ...args, token });
        } catch (error) {
          if (error instanceof ApiClientError && error.code === 'unauthorized') onExpired();
          throw error;
        }
      }) as AdminApi['call'],
    }),
    [client, token, onExpired],
  );
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function errorCode(error: unknown): string {
  return error instanceof ApiClientError ? error.code : 'internal';
}

/**
 * The server's words for one settings field, from a message such as "The settings were
 * not saved: dataServiceUrl: Invalid URL; idleTimeoutSeconds: Too small. Nothing was changed."
 */
export function fieldMessages(message: string, fields: readonly string[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const field of fields) {
    const match = new RegExp(`(?:^|[\\s:;(])(?:config\\.)?${field}: ([^;]*?)(?=;|\\. Nothing|\\)|$)`).exec(message);
    if (match?.[1]) found[field] = match[1].trim();
  }
  return found;
}
