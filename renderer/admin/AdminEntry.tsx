import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { registerTap } from './cornerGesture';

// The panel's code loads only when staff open it: visitors never pay for it.
const AdminPanel = lazy(() => import('./AdminPanel'));

/**
 * Listens for the hidden corner gesture without covering anything: the listener only
 * watches taps (capture, passive), so whatever sits in the corner still gets its tap.
 * The corner is the top-right of the Home screen, where the band has no control.
 */
export function AdminEntry() {
  const [open, setOpen] = useState(false);
  const taps = useRef<number[]>([]);

  useEffect(() => {
    if (open) return;
    const onTap = (event: PointerEvent) => {
      if (!event.isPrimary) return;
      // Taps on a control are the visitor's (A+ may sit in the corner on some screens), never the gesture's.
      if (event.target instanceof Element && event.target.closest('button, a, input, [role="button"]')) {
        taps.current = [];
        return;
      }
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
