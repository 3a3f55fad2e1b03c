import { memo, useMemo, useState } from 'react';
import Keyboard from 'react-simple-keyboard';
import 'react-simple-keyboard/build/css/index.css';
// The keyboard's look is the search screen's, so staff and visitors see one keyboard.
import '../styles/search.css';
import { useLang } from '../hooks/useLang';

/**
 * The on-screen keyboard for paths, addresses and keys. The search screen's keyboard
 * has letters only; folders and URLs need digits, both slashes, a colon and capitals.
 */
export const adminKeys = { backspace: '{bksp}', shift: '{shift}', space: '{space}', clear: '{clear}' } as const;

const layout = {
  default: ['1 2 3 4 5 6 7 8 9 0 {bksp}', 'q w e r t y u i o p /', 'a s d f g h j k l : \\', '{shift} z x c v b n m . - _', '{clear} {space} + = ?'],
  shift: ['1 2 3 4 5 6 7 8 9 0 {bksp}', 'Q W E R T Y U I O P /', 'A S D F G H J K L : \\', '{shift} Z X C V B N M . - _', '{clear} {space} + = ?'],
};

/** What a key does to the text: pure, so it is tested without a DOM. */
export function applyAdminKey(value: string, key: string, maxLength = 1024): string {
  switch (key) {
    case adminKeys.backspace:
      return value.slice(0, -1);
    case adminKeys.clear:
      return '';
    case adminKeys.space:
      return value.length < maxLength ? `${value} ` : value;
    case adminKeys.shift:
      return value;
    default:
      return [...key].length === 1 && value.length < maxLength ? value + key : value;
  }
}

export const AdminKeyboard = memo(function AdminKeyboard({ onKey }: { onKey: (key: string) => void }) {
  const { t } = useLang();
  const [shifted, setShifted] = useState(false);
  const display = useMemo(
    () => ({
      [adminKeys.backspace]: '⌫',
      [adminKeys.shift]: '⇧',
      [adminKeys.space]: t('admin.keyboard.space'),
      [adminKeys.clear]: t('admin.keyboard.clear'),
    }),
    [t],
  );
  return (
    <div className="osk admin-keyboard" role="group" aria-label={t('admin.keyboard.label')} data-testid="admin-keyboard">
      <Keyboard
        layout={layout}
        layoutName={shifted ? 'shift' : 'default'}
        display={display}
        buttonAttributes={[
          { attribute: 'aria-label', value: t('admin.keyboard.backspace'), buttons: adminKeys.backspace },
          { attribute: 'aria-label', value: t('admin.keyboard.shift'), buttons: adminKeys.shift },
        ]}
        buttonTheme={[{ class: 'osk__key--edit', buttons: `${adminKeys.backspace} ${adminKeys.clear} ${adminKeys.shift}` }, { class: 'osk__key--space', buttons: adminKeys.space }]}
        theme="hg-theme-default osk__board"
        onKeyPress={(key: string) => {
          if (key === adminKeys.shift) setShifted((value) => !value);
          onKey(key);
        }}
        useButtonTag
        disableButtonHold
        preventMouseDownDefault
        disableCaretPositioning
      />
    </div>
  );
});
