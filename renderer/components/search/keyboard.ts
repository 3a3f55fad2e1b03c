/**
 * The on-screen keyboard's layout and what each key does to the query. Pure, so the
 * rules (no double spaces, a length cap, clear) are unit-tested without a DOM.
 */
export const backspaceKey = '{bksp}';
export const spaceKey = '{space}';
export const clearKey = '{clear}';

/** Letters as on a laptop (QWERTY is what visitors know), the hyphen of names such as "Kebalenan-…", and the three edit keys. */
export const keyboardLayout = {
  default: [`q w e r t y u i o p ${backspaceKey}`, 'a s d f g h j k l -', `z x c v b n m ' ${clearKey}`, spaceKey],
};

/** Longer than any region or indicator name; the contract refuses over 100. */
export const maxQueryLength = 40;

export function applyKey(query: string, key: string): string {
  switch (key) {
    case backspaceKey:
      return query.slice(0, -1);
    case clearKey:
      return '';
    case spaceKey:
      // A leading or doubled space would only make the search miss.
      return query === '' || query.endsWith(' ') || query.length >= maxQueryLength ? query : `${query} `;
    default:
      if ([...key].length !== 1 || query.length >= maxQueryLength) return query;
      return query + key;
  }
}
