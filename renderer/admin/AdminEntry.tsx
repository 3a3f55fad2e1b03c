import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { registerTap } from './cornerGesture';

// The panel's code loads only when staff open it: visitors never pay for it.
const AdminPanel = lazy(() => import('./AdminPanel'));

/**
 * Listens for the hidden corner gesture without covering anything: the listener only
 * watches taps (capture, passive), so whatever sits in the corner still gets its tap.
 */
export function AdminEntry() {
  const [open, setOpen] = useState(false);
  const taps = useRef<number[]>([]);

  useEffect(() => {
    if (open) return;
    const onTap = (event: PointerEvent) => {
      if (!event.isPrimary) return;
      const result = registerTap(taps.current, { x: event.clientX, y: event.clientY, at: event.timeStamp || performance.now() }, window.innerWidth);
      taps.current = result.taps;
      if (result.open) setOpen(true);
    };
    window.addEventListener('pointerdown', onTap, { capture: true, passive: true });
    return () => window.removeEventListener('pointerdown', onTap, { capture: true });
  }, [open]);

  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <AdminPanel onClose={() => setOpen(false)} />
    </Suspense>
  );
}
