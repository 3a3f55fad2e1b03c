/** The app proper, imported by main.tsx once it has started the first requests. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getApiClient } from './api/client';
import { App } from './App';
import { installActivityTracker } from './hooks/activity';
import { createI18n, followDocumentLanguage } from './i18n';
import { installFastTap } from './components/kiosk/fastTap';
import { startRoute } from './components/kiosk/startRoute';
import { isWallPath } from './wall/address';

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
  installFastTap();
  // main.tsx has already asked for the first screen's data (the same client, so its answers are shared).
  const client = getApiClient();
  root.render(
    <StrictMode>
      <App client={client} i18n={i18n} initialRoute={startRoute(window.location.search)} />
    </StrictMode>,
  );
}
