// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventName, RequestName } from '../../data/api/contract';
import type { WallView } from '../../data/api/types';
import type { ApiClient } from '../../renderer/api/client';
import { createI18n } from '../../renderer/i18n';
import type { Route } from '../../renderer/navigation/routes';
import { WallPresenter } from '../../renderer/wall/presenter';
import { routeToView, viewToRoute } from '../../renderer/wall/routeView';
import { WallApp } from '../../renderer/wall/WallApp';
import { slideProgress } from '../../renderer/wall/WallStage';

const region = { code: '35.10', name: 'Banyuwangi', level: 'kabupaten' as const, parentCode: '35', parentName: 'Jawa Timur' };

function fakeClient(answers: Partial<Record<RequestName, unknown>> = {}) {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const request = vi.fn(async (name: RequestName) => {
    if (name in answers) return answers[name];
    throw new Error(`no answer for ${name}`);
  });
  const client = {
    transport: 'http',
    request,
    on: (name: EventName, listener: (payload: never) => void) => {
      const set = listeners.get(name) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(name, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  } as unknown as ApiClient;
  return { client, request, emit: (name: EventName, payload: unknown) => listeners.get(name)?.forEach((listener) => listener(payload)) };
}

afterEach(() => {
  cleanup();
  document.documentElement.className = '';
});

describe('route ↔ wall view', () => {
  it('leaves unset route fields out, so the strict view schemas accept it', () => {
    expect(routeToView({ screen: 'map', level: 'kecamatan' }, 'Peta')).toEqual({ screen: 'map', params: { level: 'kecamatan' }, title: 'Peta' });
    expect(routeToView({ screen: 'indicator', indicatorId: 'penduduk', parentCode: undefined }, ' Penduduk ')).toEqual({
      screen: 'indicator',
      params: { indicatorId: 'penduduk' },
      title: 'Penduduk',
    });
    expect(routeToView({ screen: 'compare', regionCodes: ['35.10.09'] }, 'x').params).toEqual({ regionCodes: ['35.10.09'] });
    expect(routeToView({ screen: 'home' }, '   ').title).toBe('home');
  });

  it('round-trips every kind of route', () => {
    const routes = [
      { screen: 'home' },
      { screen: 'map', indicatorId: 'penduduk', level: 'desa', period: '2024', within: '35.10.09' },
      { screen: 'region', code: '35.10.09.2002' },
      { screen: 'theme', themeId: 'kemiskinan' },
      { screen: 'indicator', indicatorId: 'penduduk', parentCode: '35.10', period: '2025-Q1' },
      { screen: 'compare', regionCodes: ['35.10.09', '35.10.25'], indicatorIds: ['penduduk'] },
    ] satisfies Route[];
    for (const route of routes) expect(viewToRoute(routeToView(route, 't'))).toEqual(route);
  });

  it('refuses a view it cannot draw', () => {
    expect(viewToRoute({ screen: 'region', params: { code: 'DROP TABLE' } })).toBeNull();
    expect(viewToRoute({ screen: 'settings', params: {} })).toBeNull();
    expect(viewToRoute({ screen: 'compare', params: { regionCodes: [] } })).toBeNull();
  });
});

describe('slide progress', () => {
  const view: WallView = { screen: 'home', params: {}, title: 'x', sentAt: '2026-01-01T00:00:00.000Z', from: 'playlist', slideEndsAt: '2026-01-01T00:00:10.000Z' };
  it('is the fraction of the slide gone by', () => {
    expect(slideProgress(view, Date.parse('2026-01-01T00:00:05.000Z'))).toEqual({ done: 0.5, remainingMs: 5000 });
    expect(slideProgress({ ...view, from: 'presenter' }, 0)).toBeNull();
  });
});

describe('presenter', () => {
  it('sends the first screen, follows only new ones, and releases', async () => {
    const { client, request } = fakeClient({ 'wall.show': {}, 'wall.release': {} });
    const presenter = new WallPresenter(client);
    await presenter.follow(routeToView({ screen: 'home' }, 'Home'));
    expect(request).not.toHaveBeenCalled();
    await presenter.start(routeToView({ screen: 'region', code: '35.10' }, 'Banyuwangi'));
    await presenter.follow(routeToView({ screen: 'region', code: '35.10' }, 'Banyuwangi'));
    await presenter.follow(routeToView({ screen: 'theme', themeId: 'kemiskinan' }, 'Kemiskinan'));
    expect(request.mock.calls.map((call) => call[0])).toEqual(['wall.show', 'wall.show']);
    await presenter.release();
    expect(presenter.state.presenting).toBe(false);
    expect(request).toHaveBeenLastCalledWith('wall.release');
  });

  it('drops its hold when a playlist takes the wall', async () => {
    const { client } = fakeClient({ 'wall.show': {} });
    const presenter = new WallPresenter(client);
    await presenter.start(routeToView({ screen: 'home' }, 'Home'));
    presenter.observe({ screen: 'home', params: {}, title: 'x', sentAt: '', from: 'playlist' });
    expect(presenter.state.presenting).toBe(false);
  });
});

describe('WallApp', () => {
  const base = {
    'kiosk.settings': { idleTimeoutSeconds: 90, defaultLanguage: 'id' },
    'snapshot.info': { datasetVersion: 1, dataAsOf: '2026-08-20', createdAt: '', publisher: '', schemaVersion: 4, root: region, isBundledDefault: true },
    'overview.get': { region, keyFigures: [], themes: [], counts: { kecamatan: 25, desa: 189, kelurahan: 28 } },
    'map.geometry': { type: 'FeatureCollection', features: [] },
  };

  it('shows the idle screen with the regency while nothing is presented', async () => {
    const { client } = fakeClient({ ...base, 'wall.state': { mode: 'idle', view: null, playlist: null } });
    render(<WallApp client={client} i18n={createI18n()} />);
    expect(await screen.findByTestId('wall-idle')).toBeTruthy();
    expect(await screen.findByText('Kabupaten Banyuwangi')).toBeTruthy();
    expect(document.documentElement.classList.contains('wall')).toBe(true);
  });

  it('shows a view sent to it, and goes back to idle when released', async () => {
    const home = { screen: 'home', params: {}, title: 'Sekilas', sentAt: '2026-01-01T00:00:00.000Z', from: 'presenter' };
    const { client, emit } = fakeClient({ ...base, 'wall.state': { mode: 'presenting', view: home, playlist: null } });
    render(<WallApp client={client} i18n={createI18n()} />);
    const stage = await screen.findByTestId('wall-stage');
    expect(stage.getAttribute('data-screen')).toBe('home');
    expect(screen.getByTestId('wall-title').textContent).toBe('Sekilas');
    act(() => emit('wall.view', null));
    expect(await screen.findByTestId('wall-idle')).toBeTruthy();
  });
});
