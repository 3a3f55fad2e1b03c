/** The app proper, imported by main.tsx once it has started the first requests. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getApiClient } from './api/client';
import { settledWithin } from './api/settledWithin';
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

/**
 * How long the first render may wait for the first screen's answers. The answers and
 * this module usually arrive within a few tens of milliseconds of each other; drawing
 * the attract loop empty and then again with its figures costs a whole extra render,
 * layout and paint. A server slower than this gets the empty loop first, as before.
 */
export const firstRenderGraceMs = 300;

/** Renders the app once main.tsx's first requests are answered, or after the grace period. */
export async function startApp(firstScreenAnswers: Promise<unknown>): Promise<void> {
  const i18n = createI18n();
  followDocumentLanguage(i18n);

  const container = document.getElementById('root');
  if (!container) throw new Error('index.html has no #root element.');
  const root = createRoot(container);
  // The wall display (/wall) is watched, not touched: no kiosk guards, idle reset or attract loop.
  if (isWallPath(window.location.pathname)) {
    const { WallApp } = await import('./wall/WallApp');
    root.render(
      <StrictMode>
        <WallApp client={getApiClient()} i18n={i18n} />
      </StrictMode>,
    );
    return;
  }
  installKioskGuards();
  installActivityTracker();
  installFastTap();
  await settledWithin(firstScreenAnswers, firstRenderGraceMs);
  // main.tsx has already asked for the first screen's data (the same client, so its answers are shared).
  root.render(
    <StrictMode>
      <App client={getApiClient()} i18n={i18n} initialRoute={startRoute(window.location.search)} />
    </StrictMode>,
  );
}
