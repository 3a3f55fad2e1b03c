import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { ApiProvider } from './api/ApiContext';
import type { ApiClient } from './api/client';
import { IdleGuard } from './components/kiosk/IdleGuard';
import { KioskCorner } from './components/kiosk/KioskCorner';
import { useKioskSession } from './components/kiosk/session';
import { LoadingPanel } from './components/StatusPanel';
import { NavigationProvider } from './navigation/NavigationContext';
import { attractRoute, homeRoute, type Route } from './navigation/routes';
import { ScreenSwitch } from './navigation/ScreenSwitch';

/** The app's providers around the screen the visitor is on. */
export function App({ client, i18n, initialRoute = homeRoute }: { client: ApiClient; i18n: i18n; initialRoute?: Route }) {
  const session = useKioskSession(client, i18n);
  return (
    <I18nextProvider i18n={i18n}>
      <ApiProvider client={client}>
        {/* A new key per visitor session: the idle reset remounts every screen, so no state survives it. */}
        <NavigationProvider key={session.key} initial={session.restarted ? attractRoute : initialRoute}>
          <ScreenSwitch fallback={<LoadingPanel />} />
          <KioskCorner />
          <IdleGuard onExpire={session.end} />
        </NavigationProvider>
      </ApiProvider>
    </I18nextProvider>
  );
}
