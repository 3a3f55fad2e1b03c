import { useCallback, useEffect, useRef, useState } from 'react';
import type { RequestArgs, RequestName, RequestResult } from '../../data/api/contract';
import { useApiClient } from '../api/ApiContext';
import { ApiClientError } from '../api/client';

export type RequestState<T> =
  | { status: 'idle'; data: null; error: null }
  | { status: 'loading'; data: T | null; error: null }
  | { status: 'error'; data: T | null; error: ApiClientError }
  | { status: 'ready'; data: T; error: null };

function asClientError(error: unknown, name: RequestName): ApiClientError {
  if (error instanceof ApiClientError) return error;
  return new ApiClientError('internal', error instanceof Error ? error.message : String(error), name);
}

/**
 * One contract request with loading, error and retry. `args: null` waits (a value it
 * depends on is not known yet). While new arguments load, the previous answer stays in
 * `data`, so a screen changing period or level keeps its chart instead of flashing a
 * spinner; an answer to superseded arguments is dropped.
 */
export function useRequest<N extends RequestName>(
  name: N,
  args: RequestArgs<N> | null,
): RequestState<RequestResult<N>> & { retry: () => void } {
  const client = useApiClient();
  const key = args === null ? null : JSON.stringify(args);
  const [state, setState] = useState<RequestState<RequestResult<N>>>(
    key === null ? { status: 'idle', data: null, error: null } : { status: 'loading', data: null, error: null },
  );
  const [attempt, setAttempt] = useState(0);
  const generation = useRef(0);

  useEffect(() => {
    if (key === null) return;
    const mine = ++generation.current;
    setState((previous) => (previous.status === 'loading' ? previous : { status: 'loading', data: previous.data, error: null }));
    const call = client.request as (name: N, args: unknown) => Promise<RequestResult<N>>;
    call(name, JSON.parse(key)).then(
      (data) => {
        if (mine === generation.current) setState({ status: 'ready', data, error: null });
      },
      (error: unknown) => {
        if (mine === generation.current) setState((previous) => ({ status: 'error', data: previous.data, error: asClientError(error, name) }));
      },
    );
    return () => {
      generation.current += 1;
    };
  }, [client, name, key, attempt]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  return { ...state, retry };
}
