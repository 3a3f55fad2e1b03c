import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { httpServerOptions } from './api/http-options.js';
import { startHttpServer } from './api/http-server.js';
import { createAppContext } from './app/context.js';
import { applyEnvironment, ConfigError, loadConfigFile } from './config/config.js';

/**
 * `npm run web`: the whole app, real SQLite and real UI, in any browser at
 * http://127.0.0.1:5178. This file is bundled to dist/web.mjs, so paths are relative to dist/.
 */
const distDir = path.dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  const dataDir = path.resolve(process.env.ANJUNGAN_DATA_DIR ?? path.join(distDir, '..', '.cache', 'web-data'));
  const config = applyEnvironment(loadConfigFile(path.join(dataDir, 'config.json')), process.env);
  const app = createAppContext({
    dataDir,
    bundledSnapshot: process.env.ANJUNGAN_BUNDLED_SNAPSHOT ?? path.join(distDir, 'snapshot', 'default.sqlite'),
    config,
  });
  const server = await startHttpServer(app, httpServerOptions(config.web, path.join(distDir, 'renderer')));
  console.log(`Anjungan is running at ${server.url} (data: ${dataDir}, snapshot version ${app.store.meta.datasetVersion}, data as of ${app.store.meta.dataAsOf}).`);
  if (config.web.lan) console.log('LAN mode: every request needs the token; open the wall display once as /wall?token=<web.token>.');
  app.log(`web server listening on ${server.url}${config.web.lan ? ' (LAN mode, token required)' : ''}; log file ${app.logFile?.file ?? 'off'}`);
  const stop = () => {
    void server.close().then(() => {
      app.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') console.error(`Port ${process.env.PORT ?? 5178} is in use; start with another, e.g. PORT=5179 npm run web.`);
  else if (error instanceof ConfigError) console.error(error.message);
  else console.error(`Anjungan could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
