import { useEffect, useState } from 'react';
import type { Figure, SearchHit } from '../../data/api/types';
import { useApiClient } from '../api/ApiContext';
import { SearchPanel } from '../components/search/SearchPanel';
import { AppShell } from '../components/shell/AppShell';
import { RegionChips, useKecamatan } from '../components/search/Suggestions';
import { pick } from '../i18n/format';
import { useLang } from '../hooks/useLang';
import { useNavigation } from '../navigation/NavigationContext';
import type { Route } from '../navigation/routes';
import '../styles/search.css';

function useKeyFigures(): Figure[] {
  const client = useApiClient();
  const [figures, setFigures] = useState<Figure[]>([]);
  useEffect(() => {
    let live = true;
    client.request('overview.get').then((overview) => live && setFigures(overview.keyFigures), () => undefined);
    return () => {
      live = false;
    };
  }, [client]);
  return figures;
}

/** Find a place or a topic by typing on the on-screen keyboard; a result opens its screen. */
export default function Search(_props: { route: Route }) {
  const { t, lang } = useLang();
  const navigation = useNavigation();
  const kecamatan = useKecamatan();
  const keyFigures = useKeyFigures();

  // A tap's click comes a few frames after the finger goes down: ask for the profile then, so
  // it is often in by the time the click opens it (a second identical request joins this one).
  const client = useApiClient();
  const press = (hit: SearchHit) => {
    if (hit.kind === 'region') client.request('region.profile', { code: hit.code }).catch(() => undefined);
  };
  const open = (hit: SearchHit) =>
    navigation.go(hit.kind === 'region' ? { screen: 'region', code: hit.code } : { screen: 'indicator', indicatorId: hit.id });

  const suggestions = (
    <div className="search-suggestions" data-testid="search-suggestions">
      <h2 className="section-title">{t('kiosk.search.suggestions')}</h2>
      <RegionChips regions={kecamatan} onPick={(region) => navigation.go({ screen: 'region', code: region.code })} />
      {keyFigures.length > 0 && (
        <>
          <h2 className="section-title">{t('kiosk.search.suggestIndicators')}</h2>
          <ul className="chip-list">
            {keyFigures.map(({ indicator }) => (
              <li key={indicator.id}>
                <button type="button" className="chip chip--data" onClick={() => navigation.go({ screen: 'indicator', indicatorId: indicator.id })}>
                  {pick(indicator.name, lang)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );

  return (
    <AppShell title={t('kiosk.search.title')} bodyClass="kiosk-screen__body" screen="search" ready>
      <SearchPanel onPick={open} onPress={press} empty={suggestions} />
    </AppShell>
  );
}
