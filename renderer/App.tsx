import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { ApiProvider } from './api/ApiContext';
import type { ApiClient } from './api/client';
import { LoadingPanel } from './components/StatusPanel';
import { NavigationProvider } from './navigation/NavigationContext';
import { homeRoute, type Route } from './navigation/routes';
import { ScreenSwitch } from './navigation/ScreenSwitch';

/** The app's providers around the screen the visitor is on. */
export function App({ client, i18n, initialRoute = homeRoute }: { client: ApiClient; i18n: i18n; initialRoute?: Route }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApiProvider client={client}>
        <NavigationProvider initial={initialRoute}>
          <ScreenSwitch fallback={<LoadingPanel />} />
        </NavigationProvider>
      </ApiProvider>
    </I18nextProvider>
  );
}
