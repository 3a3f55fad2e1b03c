// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { AdminConfig, AdminSession } from '../../data/api/types';
import type { ApiClient } from '../../renderer/api/client';
import { dropSession, heldSession, holdSession, rememberSessionMs } from '../../renderer/admin/kioskSession';
import { restartNote } from '../../renderer/admin/SettingsSection';
import { SlideDuration } from '../../renderer/admin/SlideDuration';
import { createI18n } from '../../renderer/i18n';

afterEach(cleanup);

const session: AdminSession = { token: 'a'.repeat(64), sessionId: 'abcd1234', expiresAt: '2025-07-01T10:00:00.000Z' };
const at = Date.parse('2025-07-01T09:00:00.000Z');

describe('the admin session held for "Save to playlist"', () => {
  it('is kept for a short while after each use, then forgotten', () => {
    const client = {} as ApiClient;
    expect(heldSession(client, at)).toBeNull();
    holdSession(client, session, at);
    expect(heldSession(client, at + rememberSessionMs - 1)).toBe(session);
    holdSession(client, session, at + rememberSessionMs - 1);
    expect(heldSession(client, at + 2 * rememberSessionMs - 2)).toBe(session);
    expect(heldSession(client, at + 2 * rememberSessionMs)).toBeNull();
  });

  it('is never kept past the server-side expiry, and can be dropped', () => {
    const client = {} as ApiClient;
    holdSession(client, { ...session, expiresAt: new Date(at + 1000).toISOString() }, at);
    expect(heldSession(client, at + 1000)).toBeNull();
    holdSession(client, session, at);
    dropSession(client);
    expect(heldSession(client, at)).toBeNull();
  });
});

describe('settings notes', () => {
  const t = createI18n('en').t;
  const config = (pendingRestart: AdminConfig['pendingRestart']): AdminConfig => ({
    config: { dataServiceUrl: null, publicKey: null, refreshIntervalMinutes: 60, idleTimeoutSeconds: 90, defaultLanguage: 'id', wallDisplay: null },
    file: '/data/config.json',
    restartRequired: pendingRestart.length > 0,
    pendingRestart,
    liveKeys: ['dataServiceUrl', 'publicKey', 'refreshIntervalMinutes', 'idleTimeoutSeconds', 'defaultLanguage'],
  });

  it('marks what waits for a restart, and says nothing of what is in force', () => {
    expect(restartNote('idleTimeoutSeconds', config([]), t)).toBeNull();
    expect(restartNote('wallDisplay', config([]), t)).toBe('Takes effect after Anjungan restarts.');
    expect(restartNote('wallDisplay', config(['wallDisplay']), t)).toMatch(/waits for Anjungan to restart/);
    expect(restartNote('idleTimeoutSeconds', config(['idleTimeoutSeconds']), t)).toMatch(/environment variable/);
  });
});

describe('slide duration', () => {
  it('steps by − and + and says the seconds in words', () => {
    const steps: number[] = [];
    render(
      <I18nextProvider i18n={createI18n('id')}>
        <SlideDuration seconds={20} onChange={(direction) => steps.push(direction)} />
      </I18nextProvider>,
    );
    expect(screen.getByTestId('slide-seconds').textContent).toBe('20 detik');
    fireEvent.click(screen.getByTestId('slide-shorter'));
    fireEvent.click(screen.getByTestId('slide-longer'));
    expect(steps).toEqual([-1, 1]);
  });
});
