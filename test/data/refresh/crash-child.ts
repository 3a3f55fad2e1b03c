import { createAppContext } from '../../../data/app/context.js';
import { parseConfig } from '../../../data/config/config.js';

/**
 * A kiosk process for the crash loop: starts as the app does, runs one refresh, and
 * reports each phase on stdout so the parent knows where its kill -9 landed.
 */
const [dataDir = '', bundledSnapshot = '', url = '', publicKey = ''] = process.argv.slice(2);
const app = createAppContext({
  dataDir,
  bundledSnapshot,
  config: parseConfig({ dataServiceUrl: url, publicKey }, 'crash child'),
  log: () => {},
  refresh: { autoStart: false },
});
app.events.subscribe((event) => {
  if (event.name === 'refresh.status') process.stdout.write(`phase ${event.payload.phase}\n`);
});
process.stdout.write(`ready ${app.store.meta.datasetVersion}\n`);
const result = await app.refresh.refreshNow();
process.stdout.write(`done ${result.outcome} ${result.status.activeVersion}\n`);
app.close();
