// Runs the refresh worker from its TypeScript source (Vitest, tsx), where no bundle exists:
// tsx's loader is registered inside the worker thread, because loaders do not cross into workers.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
