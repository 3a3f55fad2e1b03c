import { useSyncExternalStore } from 'react';

/**
 * Large-text mode: one class on <html> that raises the root font size, so every rem
 * in the design grows together. Kept outside React state so the idle reset can turn
 * it off without reaching into any component.
 */
export const largeTextClass = 'large-text';

let enabled = false;
const listeners = new Set<() => void>();

export function setLargeText(next: boolean): void {
  if (next === enabled) return;
  enabled = next;
  document.documentElement.classList.toggle(largeTextClass, next);
  for (const listener of listeners) listener();
}

export function isLargeText(): boolean {
  return enabled;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLargeText(): [boolean, (next: boolean) => void] {
  return [useSyncExternalStore(subscribe, isLargeText, isLargeText), setLargeText];
}
