import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getApiClient } from './api/client';
import { App } from './App';
import { installActivityTracker } from './hooks/activity';
import { createI18n, followDocumentLanguage } from './i18n';
import { startRoute } from './components/kiosk/startRoute';
import { isWallPath } from './wall/address';
import './styles/global.css';
import './styles/components.css';
import './styles/home.css';
import './styles/kiosk.css';
import './styles/attract.css';

/**
 * Kiosk guards that CSS cannot express: no long-press menu, no drag of images or
 * text, no zoom by ctrl+wheel (a trackpad pinch arrives as one).
 */
function installKioskGuards(): void {
  window.addEventListener('contextmenu', (event) => event.preventDefault());
  window.addEventListener('dragstart', (event) => event.preventDefault());
  window.addEventListener(
    'wheel',
    (event) => {
      if (event.ctrlKey) event.preventDefault();
    },
    { passive: false },
  );
}

const i18n = createI18n();
followDocumentLanguage(i18n);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
const root = createRoot(container);
// The wall display (/wall) is watched, not touched: no kiosk guards, idle reset or attract loop.
if (isWallPath(window.location.pathname)) {
  void import('./wall/WallApp').then(({ WallApp }) =>
    root.render(
      <StrictMode>
        <WallApp client={getApiClient()} i18n={i18n} />
      </StrictMode>,
    ),
  );
} else {
  installKioskGuards();
  installActivityTracker();
  // The first screen's data is asked for now, in parallel, before React renders anything:
  // the screens' own identical requests join these in the client instead of waiting.
  const client = getApiClient();
  for (const warm of [client.request('snapshot.info'), client.request('overview.get'), client.request('map.geometry', { level: 'kecamatan' })]) {
    warm.catch(() => undefined); // The screen that needs it asks again and shows any failure.
  }
  root.render(
    <StrictMode>
      <App client={client} i18n={i18n} initialRoute={startRoute(window.location.search)} />
    </StrictMode>,
  );
}
