import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startPublicationServer } from '../../../data/publish/serve.js';
import { tempDir } from '../../fixtures/publication/publication-fixture.js';

describe('publication server', () => {
  it('keeps serving when a file cannot be opened after its lookup', async () => {
    const dir = tempDir('serve-guard');
    writeFileSync(path.join(dir, 'manifest.json'), '{}');
    // A socket passes sirv's lookup but no file stream can open it, as a version folder pruned mid-request would not.
    const socket = createServer();
    await new Promise<void>((resolve) => socket.listen(path.join(dir, 'broken.gz'), resolve));
    const server = await startPublicationServer(dir);
    try {
      await expect(fetch(new URL('broken.gz', server.url)).then((response) => response.text())).rejects.toThrow();
      const manifest = await fetch(new URL('manifest.json', server.url));
      expect(manifest.status).toBe(200);
      expect(await manifest.text()).toBe('{}');
    } finally {
      await server.close();
      await new Promise((resolve) => socket.close(resolve));
    }
  });
});
