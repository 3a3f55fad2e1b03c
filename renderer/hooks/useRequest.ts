import { useCallback, useEffect, useRef, useState } from 'react';
import type { RequestArgs, RequestName, RequestResult } from '../../data/api/contract';
import { useApiClient } from '../api/ApiContext';
import { ApiClientError, type ApiClient } from '../api/client';

export type RequestState<T> =
  | { status: 'idle'; data: null; error: null }
  | { status: 'loading'; data: T | null; error: null }
  | { status: 'error'; data: T | null; error: ApiClientError }
  | { status: 'ready'; data: T; error: null };

function asClientError(error: unknown, name: RequestName): ApiClientError {
  if (error instanceof ApiClientError) return error;
  return new ApiClientError('internal', error instanceof Error ? error.message : String(error), name);
}

/** The client's cached answer, if it keeps a cache (test fakes need not). */
export function peekAnswer<N extends RequestName>(client: ApiClient, name: N, args: RequestArgs<N>): RequestResult<N> | undefined {
  const peek = client.peek as ((name: N, args: RequestArgs<N>) => RequestResult<N> | undefined) | undefined;
  return peek?.call(client, name, args);
}

type Stored<T> = RequestState<T> & { key: string | null };

/**
 * One contract request with loading, error and retry. `args: null` waits (a value it
 * depends on is not known yet). An answer the client already has is there on the very
 * first render, so a screen the visitor returns to paints at once, without a spinner.
 * While new arguments load, the previous answer stays in `data`, so a screen changing
 * period or level keeps its chart instead of flashing a spinner; an answer to
 * superseded arguments is dropped.
 */
export function useRequest<N extends RequestName>(
  name: N,
  args: RequestArgs<N> | null,
): RequestState<RequestResult<N>> & { retry: () => void } {
  const client = useApiClient();
  const key = args === null ? null : JSON.stringify(args);
  const [stored, setStored] = useState<Stored<RequestResult<N>>>(() => {
    if (args === null) return { key, status: 'idle', data: null, error: null };
    const cached = peekAnswer(client, name, args);
    return cached === undefined ? { key, status: 'loading', data: null, error: null } : { key, status: 'ready', data: cached, error: null };
  });
  const [attempt, setAttempt] = useState(0);
  const generation = useRef(0);

  useEffect(() => {
    if (key === null) return;
    const mine = ++generation.current;
    const parsed = JSON.parse(key) as RequestArgs<N>;
    const cached = peekAnswer(client, name, parsed);
    if (cached !== undefined) {
      setStored((previous) => (previous.key === key && previous.data === cached ? previous : { key, status: 'ready', data: cached, error: null }));
      return;
    }
    setStored((previous) => (previous.key === key && previous.status === 'loading' ? previous : { key, status: 'loading', data: previous.data, error: null }));
    const call = client.request as (name: N, args: unknown) => Promise<RequestResult<N>>;
    call.call(client, name, parsed).then(
      (data) => {
        if (mine === generation.current) setStored({ key, status: 'ready', data, error: null });
      },
      (error: unknown) => {
        if (mine === generation.current) setStored((previous) => ({ key, status: 'error', data: previous.data, error: asClientError(error, name) }));
      },
    );
    return () => {
      generation.current += 1;
    };
  }, [client, name, key, attempt]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);

  // New arguments: their cached answer at once, or the previous data marked as loading
  // (not one frame of the old state as if it were the answer).
  let state: RequestState<RequestResult<N>> = stored;
  if (stored.key !== key) {
    const cached = args === null ? undefined : peekAnswer(client, name, args);
    state =
      key === null
        ? { status: 'idle', data: null, error: null }
        : cached !== undefined
          ? { status: 'ready', data: cached, error: null }
          : { status: 'loading', data: stored.data, error: null };
  }
  const { status, data, error } = state;
  return { status, data, error, retry } as RequestState<RequestResult<N>> & { retry: () => void };
}
