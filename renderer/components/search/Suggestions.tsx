import { useEffect, useState } from 'react';
import type { RegionRef } from '../../../data/api/types';
import { useApiClient } from '../../api/ApiContext';

/** The regency's kecamatan, for suggestion chips: what a visitor is most likely to look for. */
export function useKecamatan(): RegionRef[] {
  const client = useApiClient();
  const [kecamatan, setKecamatan] = useState<RegionRef[]>([]);
  useEffect(() => {
    let live = true;
    client
      .request('snapshot.info')
      .then((info) => client.request('region.profile', { code: info.root.code }))
      .then(
        (profile) => {
          if (!live) return;
          const names = profile.children.filter((child) => child.level === 'kecamatan');
          setKecamatan(names.sort((a, b) => a.name.localeCompare(b.name, 'id')));
        },
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [client]);
  return kecamatan;
}

export function RegionChips({ regions, onPick, taken }: { regions: RegionRef[]; onPick: (region: RegionRef) => void; taken?: ReadonlySet<string> }) {
  return (
    <ul className="chip-list">
      {regions.map((region) => (
        <li key={region.code}>
          <button type="button" className="chip" data-region={region.code} disabled={taken?.has(region.code) ?? false} onClick={() => onPick(region)}>
            {region.name}
          </button>
        </li>
      ))}
    </ul>
  );
}
