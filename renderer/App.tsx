import type { i18n } from 'i18next';
import { useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { ApiProvider } from './api/ApiContext';
import type { ApiClient } from './api/client';
import { whenIdle } from './api/prefetch';
import { SnapshotAdoptionProvider } from './api/SnapshotAdoption';
import { IdleGuard } from './components/kiosk/IdleGuard';
import { useKioskSession } from './components/kiosk/session';
import { LoadingPanel } from './components/StatusPanel';
import { NavigationProvider } from './navigation/NavigationContext';
import { attractRoute, homeRoute, type Route } from './navigation/routes';
import { preloadScreens, ScreenSwitch } from './navigation/ScreenSwitch';
import { AdminEntry } from './admin/AdminEntry';
import { WallFollower } from './wall/WallFollower';

/** The app's providers around the screen the visitor is on. */
export function App({ client, i18n, initialRoute = homeRoute }: { client: ApiClient; i18n: i18n; initialRoute?: Route }) {
  const session = useKioskSession(client, i18n);
  // Once the first screen is up and the browser idle, fetch every other screen's code.
  useEffect(() => whenIdle(() => void preloadScreens()), []);
  return (
    <I18nextProvider i18n={i18n}>
      <ApiProvider client={client}>
        <SnapshotAdoptionProvider>
          {/* A new key per visitor session: the idle reset remounts every screen, so no state survives it. */}
          <NavigationProvider key={session.key} initial={session.restarted ? attractRoute : initialRoute}>
            <ScreenSwitch fallback={<LoadingPanel />} />
            <IdleGuard onExpire={session.end} />
            <WallFollower />
          </NavigationProvider>
          <AdminEntry />
        </SnapshotAdoptionProvider>
      </ApiProvider>
    </I18nextProvider>
  );
}
