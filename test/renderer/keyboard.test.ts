import { describe, expect, it } from 'vitest';
import { applyKey, backspaceKey, clearKey, keyboardLayout, maxQueryLength, spaceKey } from '../../renderer/components/search/keyboard';
import { startRoute } from '../../renderer/components/kiosk/startRoute';

const type = (keys: string[], from = '') => keys.reduce(applyKey, from);

describe('on-screen keyboard → query', () => {
  it('letters append, backspace removes one, clear empties', () => {
    expect(type(['g', 'e', 'n'])).toBe('gen');
    expect(type(['g', 'e', 'n', backspaceKey])).toBe('ge');
    expect(type([backspaceKey])).toBe('');
    expect(type(['a', 'b', clearKey])).toBe('');
  });

  it('"genteng wetan" by keys, with no leading or doubled space', () => {
    expect(type([spaceKey, ...'genteng'.split(''), spaceKey, spaceKey, ...'wetan'.split('')])).toBe('genteng wetan');
  });

  it('the hyphen is a key', () => {
    expect(type(['a', '-', 'b'])).toBe('a-b');
    expect(keyboardLayout.default.join(' ')).toContain(' - ');
  });

  it('ignores unknown control keys and stops at the length cap', () => {
    expect(applyKey('abc', '{enter}')).toBe('abc');
    const long = 'x'.repeat(maxQueryLength);
    expect(applyKey(long, 'y')).toBe(long);
    expect(applyKey(long, spaceKey)).toBe(long);
  });

  it('the layout has every letter once', () => {
    const letters = keyboardLayout.default.join(' ').split(' ').filter((key) => /^[a-z]$/.test(key));
    expect([...letters].sort().join('')).toBe('abcdefghijklmnopqrstuvwxyz');
  });
});

describe('start route from the address', () => {
  it('is the attract loop unless asked otherwise', () => {
    expect(startRoute('')).toEqual({ screen: 'attract' });
    expect(startRoute('?start=admin')).toEqual({ screen: 'attract' });
    expect(startRoute('?start=home')).toEqual({ screen: 'home' });
    expect(startRoute('?start=search')).toEqual({ screen: 'search' });
  });

  it('takes only valid region codes for compare, at most four', () => {
    expect(startRoute('?start=compare&regions=35.10.09,bad,35.10.25,35.10.09,35.10.01,35.10.02,35.10.03')).toEqual({
      screen: 'compare',
      regionCodes: ['35.10.09', '35.10.25', '35.10.01', '35.10.02'],
    });
  });
});
