import { useEffect, useRef, useState } from 'react';
import type { CatalogueTheme, Comparison } from '../../../data/api/types';
import { useApiClient } from '../../api/ApiContext';

export function useCatalogue(): CatalogueTheme[] | null {
  const client = useApiClient();
  const [catalogue, setCatalogue] = useState<CatalogueTheme[] | null>(null);
  useEffect(() => {
    let live = true;
    client.request('indicator.catalogue').then((value) => live && setCatalogue(value), () => live && setCatalogue([]));
    return () => {
      live = false;
    };
  }, [client]);
  return catalogue;
}

export type ComparisonState = { status: 'empty' } | { status: 'loading'; previous: Comparison | null } | { status: 'ready'; comparison: Comparison } | { status: 'failed' };

/** The comparison for the current choice; the previous table stays up while the next loads, and late answers are dropped. */
export function useComparison(regionCodes: readonly string[], indicatorIds: readonly string[]): ComparisonState {
  const client = useApiClient();
  const [state, setState] = useState<ComparisonState>({ status: 'empty' });
  const generation = useRef(0);
  const regionsKey = regionCodes.join(',');
  const indicatorsKey = indicatorIds.join(',');

  useEffect(() => {
    const mine = ++generation.current;
    const codes = regionsKey ? regionsKey.split(',') : [];
    const ids = indicatorsKey ? indicatorsKey.split(',') : [];
    if (codes.length === 0 || ids.length === 0) {
      setState({ status: 'empty' });
      return;
    }
    setState((previous) => ({ status: 'loading', previous: previous.status === 'ready' ? previous.comparison : previous.status === 'loading' ? previous.previous : null }));
    client.request('region.compare', { regionCodes: codes, indicatorIds: ids }).then(
      (comparison) => mine === generation.current && setState({ status: 'ready', comparison }),
      () => mine === generation.current && setState({ status: 'failed' }),
    );
  }, [client, regionsKey, indicatorsKey]);

  return state;
}
