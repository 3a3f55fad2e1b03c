/**
 * A tap on a button acts when the finger lifts, not when the browser's click arrives.
 *
 * After touchend, Chromium recognises the tap, draws a frame (the press feedback), then
 * sends mouseover, mousemove, mousedown, focus, mouseup and at last click: 20 to 40 ms
 * at a kiosk's CPU, before any screen starts to change. Here a click event goes to the
 * control at touchend, and that touchend's default (the browser's own click) is
 * cancelled, so the control acts exactly once, through the same onClick as a mouse or a
 * keyboard uses.
 *
 * Only a quick tap is taken over: a finger that moved past the touch slop, was held like
 * a long press, or started a scroll (Chromium then sends pointercancel and makes
 * touchend uncancellable) is left to the browser, which clicks or not as it always does
 * (e2e: test/e2e/tap.spec.ts). Two fingers are not a tap. Disabled controls and text
 * fields are left alone.
 */

/** What a visitor can tap to act: buttons (simple-keyboard's keys are buttons too), links and ARIA widgets. */
export const tappableSelector =
  'button, a[href], [role="button"], [role="tab"], [role="switch"], [role="option"], [role="menuitem"], [role="radio"], [role="checkbox"], summary';

/** Chromium's own touch slop is about 15 px at this scale; a finger that moved further meant to drag. */
export const tapSlopPx = 15;
/** Held longer, it is a long press: the browser's to handle. */
export const maxTapMs = 600;
/** A browser click that still arrives for a handled tap (the default could not be cancelled) is dropped within this time and distance. */
const ghostClickMs = 800;
const ghostClickPx = 30;

interface Press {
  pointerId: number;
  target: Element;
  x: number;
  y: number;
  at: number;
}

function isDisabled(element: Element): boolean {
  return element.matches(':disabled') || element.getAttribute('aria-disabled') === 'true' || element.closest('[inert]') !== null;
}

/** The element a tap at `target` would act on, or null when the browser should handle it. */
export function tappableAt(target: EventTarget | null): Element | null {
  if (!(target instanceof Element)) return null;
  const element = target.closest(tappableSelector);
  return element && !isDisabled(element) ? element : null;
}

/** Installs the listeners on `win`; returns their removal. */
export function installFastTap(win: Window = window): () => void {
  let press: Press | null = null;
  let handled: { at: number; x: number; y: number } | null = null;

  const onPointerDown = (event: PointerEvent) => {
    press = null;
    handled = null;
    if (event.pointerType !== 'touch' || !event.isPrimary) return;
    const target = tappableAt(event.target);
    if (target) press = { pointerId: event.pointerId, target, x: event.clientX, y: event.clientY, at: event.timeStamp };
  };
  const onPointerMove = (event: PointerEvent) => {
    if (press && event.pointerId === press.pointerId && Math.hypot(event.clientX - press.x, event.clientY - press.y) > tapSlopPx) press = null;
  };
  const forget = () => {
    press = null;
  };
  const onTouchEnd = (event: TouchEvent) => {
    const current = press;
    press = null;
    const touch = event.changedTouches[0];
    if (!current || !touch || event.touches.length > 0 || event.changedTouches.length !== 1 || !event.cancelable) return;
    if (event.timeStamp - current.at > maxTapMs || Math.hypot(touch.clientX - current.x, touch.clientY - current.y) > tapSlopPx) return;
    // Within the slop the finger is still on the control it went down on; it must still be there and enabled.
    if (!current.target.isConnected || isDisabled(current.target)) return;
    event.preventDefault();
    handled = { at: event.timeStamp, x: touch.clientX, y: touch.clientY };
    // A click event rather than click(): SVG shapes (the map's regions) have no click(),
    // and handlers that read where the finger was get its point.
    const init = { bubbles: true, cancelable: true, composed: true, view: win, detail: 1, clientX: touch.clientX, clientY: touch.clientY, screenX: touch.screenX, screenY: touch.screenY };
    current.target.dispatchEvent(new MouseEvent('click', init));
  };
  const onClick = (event: MouseEvent) => {
    if (!handled || !event.isTrusted) return;
    const recent = event.timeStamp - handled.at < ghostClickMs && Math.hypot(event.clientX - handled.x, event.clientY - handled.y) < ghostClickPx;
    handled = null;
    if (recent) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };

  const passive = { capture: true, passive: true } as const;
  win.addEventListener('pointerdown', onPointerDown, passive);
  win.addEventListener('pointermove', onPointerMove, passive);
  win.addEventListener('pointercancel', forget, passive);
  win.addEventListener('touchcancel', forget, passive);
  win.addEventListener('touchend', onTouchEnd, { capture: true, passive: false });
  win.addEventListener('click', onClick, { capture: true });
  return () => {
    win.removeEventListener('pointerdown', onPointerDown, passive);
    win.removeEventListener('pointermove', onPointerMove, passive);
    win.removeEventListener('pointercancel', forget, passive);
    win.removeEventListener('touchcancel', forget, passive);
    win.removeEventListener('touchend', onTouchEnd, { capture: true });
    win.removeEventListener('click', onClick, { capture: true });
  };
}
