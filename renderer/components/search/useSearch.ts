import { startTransition, useEffect, useRef, useState } from 'react';
import type { Lang, SearchHit } from '../../../data/api/types';
import { useApiClient } from '../../api/ApiContext';

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; query: string; hits: SearchHit[] }
  | { status: 'done'; query: string; hits: SearchHit[] }
  | { status: 'failed'; query: string };

/** Short enough to feel instant, long enough that a burst of key taps sends one request. */
export const searchDebounceMs = 120;
const searchLimit = 20;

export function normaliseQuery(query: string): string {
  return query.trim().replace(/\s+/g, ' ');
}

/**
 * Results as the visitor types: debounced, and an answer that arrives after a newer
 * query was sent is dropped, so slow replies can never overwrite fresh ones.
 */
export function useSearch(query: string, lang: Lang): SearchState {
  const client = useApiClient();
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const latest = useRef(0);
  const text = normaliseQuery(query);

  useEffect(() => {
    const mine = ++latest.current;
    if (text === '') {
      setState({ status: 'idle' });
      return;
    }
    // Keep the previous hits on screen while the next ones load: no flicker on every key.
    setState((previous) => ({ status: 'searching', query: text, hits: 'hits' in previous ? previous.hits : [] }));
    const timer = setTimeout(() => {
      client.request('search', { text, lang, limit: searchLimit }).then(
        (hits) => {
          // A transition: the visitor's next key press interrupts drawing the list, never waits for it.
          if (mine === latest.current) startTransition(() => setState({ status: 'done', query: text, hits }));
        },
        () => {
          if (mine === latest.current) setState({ status: 'failed', query: text });
        },
      );
    }, searchDebounceMs);
    return () => clearTimeout(timer);
  }, [client, text, lang]);

  return state;
}
