import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The built renderer must run under `script-src 'self'` and from app://: no inline
 * script, only relative asset URLs. Checked on dist/renderer when a build exists.
 */
const dist = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));
const built = existsSync(`${dist}index.html`);

describe.skipIf(!built)('built renderer (dist/renderer)', () => {
  const html = built ? readFileSync(`${dist}index.html`, 'utf8') : '';

  it('has no inline script and no inline event handler', () => {
    for (const [tag] of html.matchAll(/<script\b[^>]*>[\s\S]*?<\/script>/gi)) {
      expect(tag, 'every script is an external file').toMatch(/\bsrc=/);
      expect(tag.replace(/<script\b[^>]*>|<\/script>/gi, '').trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('refers to its assets relatively, so it also loads from app://', () => {
    const urls = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^\.\//);
  });

  it('preloads the app (boot.tsx) and the chunks it imports from the head, not after the entry runs', () => {
    const preloaded = [...html.matchAll(/<(?:link rel="modulepreload"[^>]*href|script[^>]*\ssrc)="\.\/assets\/([^"]+)"/g)].map((match) => match[1] ?? '');
    const boot = preloaded.find((name) => /^boot-[\w-]+\.js$/.test(name));
    expect(boot, 'a modulepreload for the boot chunk').toBeDefined();
    const code = readFileSync(`${dist}assets/${boot}`, 'utf8');
    for (const [, imported] of code.matchAll(/\bfrom\s*"\.\/([^"]+\.js)"/g)) expect(preloaded, `boot imports ${imported}`).toContain(imported);
  });

  it('preloads the typefaces the first screen is drawn in, from its own assets', () => {
    const faces = readdirSync(`${dist}assets`).filter((name) => name.endsWith('.woff2'));
    expect(faces.length, 'Noto Sans 400 and 700').toBe(2);
    for (const face of faces) expect(html).toContain(`<link rel="preload" as="font" type="font/woff2" crossorigin href="./assets/${face}">`);
  });

  it('loads nothing from the internet', () => {
    const assets = readdirSync(`${dist}assets`).filter((name) => /\.(js|css)$/.test(name));
    for (const name of assets) {
      const text = readFileSync(`${dist}assets/${name}`, 'utf8');
      expect(text, name).not.toMatch(/(?:src|href|url\()\s*=?\s*["']?https?:\/\//i);
      expect(text, name).not.toMatch(/fonts\.googleapis|fonts\.gstatic/);
    }
  });
});
