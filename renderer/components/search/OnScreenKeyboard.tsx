import { memo, useMemo } from 'react';
import Keyboard from 'react-simple-keyboard';
import 'react-simple-keyboard/build/css/index.css';
import { useLang } from '../../hooks/useLang';
import { backspaceKey, clearKey, keyboardLayout, spaceKey } from './keyboard';

/**
 * simple-keyboard with big keys for fingers. It only reports key presses: the query
 * lives in React state (`applyKey`), so the keyboard's own input buffer cannot drift
 * from what the field shows.
 */
export const OnScreenKeyboard = memo(function OnScreenKeyboard({ onKey }: { onKey: (key: string) => void }) {
  const { t } = useLang();
  const display = useMemo(
    () => ({
      [backspaceKey]: t('kiosk.search.keys.backspace'),
      [spaceKey]: t('kiosk.search.keys.space'),
      [clearKey]: t('kiosk.search.keys.clear'),
    }),
    [t],
  );
  const buttonAttributes = useMemo(
    () => [
      { attribute: 'aria-label', value: t('kiosk.search.keys.backspaceLabel'), buttons: backspaceKey },
      { attribute: 'aria-label', value: t('kiosk.search.keys.clearLabel'), buttons: clearKey },
      { attribute: 'aria-label', value: t('kiosk.search.keys.space'), buttons: spaceKey },
      { attribute: 'aria-label', value: t('kiosk.search.keys.hyphen'), buttons: '-' },
    ],
    [t],
  );
  return (
    <div className="osk" role="group" aria-label={t('kiosk.search.keyboard')} data-testid="keyboard">
      <Keyboard
        layout={keyboardLayout}
        display={display}
        buttonAttributes={buttonAttributes}
        buttonTheme={[
          { class: 'osk__key--edit', buttons: `${backspaceKey} ${clearKey}` },
          { class: 'osk__key--space', buttons: spaceKey },
        ]}
        theme="hg-theme-default osk__board"
        onKeyPress={onKey}
        useButtonTag
        disableButtonHold
        preventMouseDownDefault
        disableCaretPositioning
      />
    </div>
  );
});
