import { getApiClient } from './api/client';
import { isWallPath } from './wall/address';
// The design's typeface ships with the app: a lounge PC or a wall display's browser may
// not have Noto Sans, and a wider fallback font crowds the bar until titles break mid-word.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
// The styles stay on the entry, so index.html links them in its head as before.
import './styles/global.css';
import './styles/components.css';
import './styles/home.css';
import './styles/kiosk.css';
import './styles/attract.css';

/*
 * The entry is only this: the API client (a few kB) and the first screen's requests.
 * A module runs only after every module it imports statically has been fetched and
 * evaluated, so asking for the data here, before React and the screens are even
 * compiled, lets the answers travel while that happens instead of after it. The rest
 * of the app is `boot.tsx`, which index.html modulepreloads from its head (see the
 * preload plugin in vite.config.ts), so nothing is fetched later than before.
 */
let firstScreenAnswers: Promise<unknown> = Promise.resolve();
if (!isWallPath(window.location.pathname)) {
  const client = getApiClient();
  // The screens' own identical requests join these in the client instead of waiting.
  const figures = [client.request('snapshot.info'), client.request('overview.get')];
  for (const warm of [...figures, client.request('map.geometry', { level: 'kecamatan' })]) {
    warm.catch(() => undefined); // The screen that needs it asks again and shows any failure.
  }
  // The attract loop's figures: the app's first render waits for them (briefly, see boot.tsx).
  firstScreenAnswers = Promise.allSettled(figures);
}

void import('./boot').then(({ startApp }) => startApp(firstScreenAnswers));
