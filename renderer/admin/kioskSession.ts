import type { AdminSession } from '../../data/api/types';
import type { ApiClient } from '../api/client';

/**
 * The admin session opened from a kiosk screen to save a view into a playlist. It lives
 * in memory only (never on disk) and is forgotten after a short while unused, so an
 * official can save several views in a row with one PIN, but a visitor who steps up a
 * few minutes later finds the PIN pad again. The server's own idle timeout still applies.
 */
export const rememberSessionMs = 90_000;

interface Held {
  session: AdminSession;
  usedAt: number;
}

const held = new WeakMap<ApiClient, Held>();

export function heldSession(client: ApiClient, now = Date.now()): AdminSession | null {
  const entry = held.get(client);
  if (!entry) return null;
  if (now - entry.usedAt >= rememberSessionMs || Date.parse(entry.session.expiresAt) <= now) {
    held.delete(client);
    return null;
  }
  return entry.session;
}

/** Remembers the session, or marks it used again (each save restarts the while). */
export function holdSession(client: ApiClient, session: AdminSession, now = Date.now()): void {
  held.set(client, { session, usedAt: now });
}

export function dropSession(client: ApiClient): void {
  held.delete(client);
}
