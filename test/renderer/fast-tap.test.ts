// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { installFastTap, tappableAt } from '../../renderer/components/kiosk/fastTap';

function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body;
}

describe('fast tap: what a tap may press', () => {
  it('finds the button around the touched text', () => {
    const body = html('<button id="b"><span id="s">Kemiskinan</span></button>');
    expect(tappableAt(body.querySelector('#s'))?.id).toBe('b');
  });

  it('takes links and ARIA widgets, not plain text or fields', () => {
    const body = html('<a id="a" href="#x">x</a><div id="r" role="switch">y</div><p id="p">text</p><input id="i" />');
    expect(tappableAt(body.querySelector('#a'))?.id).toBe('a');
    expect(tappableAt(body.querySelector('#r'))?.id).toBe('r');
    expect(tappableAt(body.querySelector('#p'))).toBeNull();
    expect(tappableAt(body.querySelector('#i'))).toBeNull();
    expect(tappableAt(null)).toBeNull();
  });

  it('leaves disabled and inert controls to the browser', () => {
    const body = html('<button id="d" disabled>a</button><div role="button" id="ad" aria-disabled="true">b</div><div inert><button id="n">c</button></div>');
    for (const id of ['d', 'ad', 'n']) expect(tappableAt(body.querySelector(`#${id}`))).toBeNull();
  });

  it('removes every listener it installed', () => {
    const added: string[] = [];
    const removed: string[] = [];
    const target = {
      addEventListener: (type: string) => added.push(type),
      removeEventListener: (type: string) => removed.push(type),
    } as unknown as Window;
    installFastTap(target)();
    expect(removed.sort()).toEqual(added.sort());
    expect(added).toContain('touchend');
  });
});
