// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { AdminStatus, RefreshStatus } from '../../data/api/types';
import type { AdminApi } from '../../renderer/admin/adminApi';
import { StatusSection } from '../../renderer/admin/StatusSection';
import type { ApiClient } from '../../renderer/api/client';
import { createI18n } from '../../renderer/i18n';

afterEach(cleanup);

const refresh: RefreshStatus = { phase: 'idle', progress: null, lastSuccessAt: null, lastError: null, activeVersion: 1, dataAsOf: '2026-08-20', note: null, nextCheckAt: null, configured: true };

function status(overrides: Partial<RefreshStatus>): AdminStatus {
  return {
    snapshot: { datasetVersion: 1, dataAsOf: '2026-08-20', isBundledDefault: true } as AdminStatus['snapshot'],
    snapshots: [],
    refresh: { ...refresh, ...overrides },
    wall: {} as AdminStatus['wall'],
    logFile: '/tmp/anjungan.log',
    logLines: [],
    audit: [],
    dataDir: '/tmp',
    session: { sessionId: 's', expiresAt: '2026-12-07T23:00:00Z' },
  };
}

/** An admin API that answers admin.status and never pushes a refresh event. */
function adminApi(answer: AdminStatus): AdminApi {
  const client = { transport: 'http', request: () => new Promise(() => undefined), on: () => () => {} } as unknown as ApiClient;
  return { client, token: 't', call: (async () => answer) as unknown as AdminApi['call'] };
}

function renderStatus(answer: AdminStatus, lang: 'id' | 'en' = 'id') {
  const i18n = createI18n();
  void i18n.changeLanguage(lang);
  render(
    <I18nextProvider i18n={i18n}>
      <StatusSection api={adminApi(answer)} />
    </I18nextProvider>,
  );
}

describe('admin status: the refresh note', () => {
  it("says 'no data service' in the panel's language, with what to do, not the server's English", async () => {
    renderStatus(status({ configured: false, note: 'No data service is configured (dataServiceUrl and publicKey in config.json); the kiosk shows the data it has.' }));
    const note = await screen.findByTestId('status-note');
    expect(note.textContent).toMatch(/^Layanan data belum diatur di anjungan ini/);
    expect(note.textContent).not.toContain('No data service');
  });

  it("labels the refresh's own note as what it is", async () => {
    renderStatus(status({ note: 'Up to date: version 4 is the newest published.' }), 'en');
    const note = await screen.findByTestId('status-note');
    expect(note.textContent).toBe('Last note from the refresh: Up to date: version 4 is the newest published.');
  });

  it('shows no note when there is none', async () => {
    renderStatus(status({}));
    await screen.findByTestId('admin-status');
    expect(screen.queryByTestId('status-note')).toBeNull();
  });
});
