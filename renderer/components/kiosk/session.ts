import type { i18n } from 'i18next';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../../api/client';
import { useKioskSettings } from '../../hooks/useKioskSettings';
import { setLargeText } from '../../hooks/useLargeText';

/**
 * One visitor's session. `key` changes when the idle timeout ends a session: the App
 * keys its navigation (and every screen under it) on it, so all screen state is thrown
 * away by remounting rather than by each screen remembering to clear itself.
 */
export function useKioskSession(client: ApiClient, i18n: i18n): { key: number; restarted: boolean; end: () => void } {
  const settings = useKioskSettings(client);
  const [key, setKey] = useState(0);
  const appliedDefault = useRef(false);

  // The configured language is the first visitor's too, once the setting is known.
  useEffect(() => {
    if (!settings.loaded || appliedDefault.current) return;
    appliedDefault.current = true;
    if (i18n.language !== settings.defaultLanguage) void i18n.changeLanguage(settings.defaultLanguage);
  }, [settings.loaded, settings.defaultLanguage, i18n]);

  const end = useCallback(() => {
    setLargeText(false);
    if (i18n.language !== settings.defaultLanguage) void i18n.changeLanguage(settings.defaultLanguage);
    window.scrollTo(0, 0);
    setKey((current) => current + 1);
  }, [i18n, settings.defaultLanguage]);

  return { key, restarted: key > 0, end };
}
