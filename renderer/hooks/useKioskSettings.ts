import { useEffect, useState } from 'react';
import type { KioskSettings } from '../../data/api/types';
import type { ApiClient } from '../api/client';
import { isLang } from '../i18n/format';

/** What a fresh install does (config.ts defaults), used until the answer arrives or if it never does. */
export const defaultKioskSettings: KioskSettings = { idleTimeoutSeconds: 90, defaultLanguage: 'id' };

/** The countdown a visitor sees before the kiosk starts over. */
export const idleCountdownSeconds = 10;

function valid(value: unknown): value is KioskSettings {
  if (typeof value !== 'object' || value === null) return false;
  const { idleTimeoutSeconds, defaultLanguage } = value as Partial<KioskSettings>;
  return typeof idleTimeoutSeconds === 'number' && Number.isFinite(idleTimeoutSeconds) && idleTimeoutSeconds >= 5 && isLang(defaultLanguage);
}

// One request per client; after that the 'kiosk.settings' event (sent when the admin panel saves) replaces the answer.
const cache = new WeakMap<ApiClient, Promise<KioskSettings>>();

export function loadKioskSettings(client: ApiClient): Promise<KioskSettings> {
  let pending = cache.get(client);
  if (!pending) {
    pending = client.request('kiosk.settings').then(
      (settings) => (valid(settings) ? settings : defaultKioskSettings),
      // An older data layer without the request must not stop the kiosk: defaults are safe.
      () => defaultKioskSettings,
    );
    cache.set(client, pending);
  }
  return pending;
}

/** The kiosk settings; `loaded` is false while the defaults stand in. */
export function useKioskSettings(client: ApiClient): KioskSettings & { loaded: boolean } {
  const [settings, setSettings] = useState<KioskSettings & { loaded: boolean }>({ ...defaultKioskSettings, loaded: false });
  useEffect(() => {
    let live = true;
    void loadKioskSettings(client).then((loaded) => {
      if (live) setSettings({ ...loaded, loaded: true });
    });
    // Saved in the admin panel: the idle timeout and default language apply without a restart.
    const stop = client.on('kiosk.settings', (next) => {
      if (!valid(next)) return;
      cache.set(client, Promise.resolve(next));
      if (live) setSettings({ ...next, loaded: true });
    });
    return () => {
      live = false;
      stop();
    };
  }, [client]);
  return settings;
}
