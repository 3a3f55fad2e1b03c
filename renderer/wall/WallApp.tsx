import type { i18n } from 'i18next';
import { useEffect, useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ApiProvider } from '../api/ApiContext';
import type { ApiClient } from '../api/client';
import { SnapshotAdoptionProvider } from '../api/SnapshotAdoption';
import { useKioskSettings } from '../hooks/useKioskSettings';
import { useLang } from '../hooks/useLang';
import { useSnapshotInfo } from '../components/shell/useSnapshotInfo';
import { useWallView } from './useWallView';
import { viewToRoute } from './routeView';
import { WallIdle } from './WallIdle';
import { WallStage } from './WallStage';
import '../styles/wall.css';

/** Set on <html> by the wall: larger type for reading from across the lounge, and no touch chrome. */
export const wallClass = 'wall';

function WallScreen({ client }: { client: ApiClient }) {
  const { t } = useLang();
  const picture = useWallView(client);
  const info = useSnapshotInfo();
  const route = useMemo(() => (picture.view ? viewToRoute(picture.view) : null), [picture.view]);

  useEffect(() => {
    document.title = picture.view ? `${picture.view.title} · ${t('wall.brand')}` : t('wall.brand');
  }, [picture.view, t]);

  // The attract loop is a kiosk's idle screen; on the wall, the wall's own idle screen stands for it.
  if (!picture.view || !route || route.screen === 'attract') return <WallIdle info={info} />;
  return <WallStage view={picture.view} route={route} playlist={picture.playlist} version={info?.datasetVersion ?? null} />;
}

/** The configured language, once known: the wall has no one standing at it to choose. */
function WallLanguage({ client, i18n }: { client: ApiClient; i18n: i18n }) {
  const settings = useKioskSettings(client);
  useEffect(() => {
    if (settings.loaded && i18n.language !== settings.defaultLanguage) void i18n.changeLanguage(settings.defaultLanguage);
  }, [settings.loaded, settings.defaultLanguage, i18n]);
  return null;
}

/** The wall display: what a presenter or a playlist puts up, else a calm idle screen. No touch, no timeouts. */
export function WallApp({ client, i18n }: { client: ApiClient; i18n: i18n }) {
  useEffect(() => {
    document.documentElement.classList.add(wallClass);
    return () => document.documentElement.classList.remove(wallClass);
  }, []);
  return (
    <I18nextProvider i18n={i18n}>
      <ApiProvider client={client}>
        <WallLanguage client={client} i18n={i18n} />
        {/* Adopts a new snapshot at once: nobody touches the wall, so it is always idle. */}
        <SnapshotAdoptionProvider>
          <WallScreen client={client} />
        </SnapshotAdoptionProvider>
      </ApiProvider>
    </I18nextProvider>
  );
}
