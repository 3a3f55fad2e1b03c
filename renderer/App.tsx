import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { ApiProvider } from './api/ApiContext';
import type { ApiClient } from './api/client';
import { Home } from './screens/Home';

/** The app's providers around its one screen (navigation arrives with the next screens). */
export function App({ client, i18n }: { client: ApiClient; i18n: i18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApiProvider client={client}>
        <Home />
      </ApiProvider>
    </I18nextProvider>
  );
}
