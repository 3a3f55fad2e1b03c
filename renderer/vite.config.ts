import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * main.tsx starts the first requests and then imports boot.tsx (the app) dynamically.
 * Vite links only an entry's static imports into index.html; this adds boot.tsx's chunk
 * and every chunk it imports statically as <link rel="modulepreload">, so the browser
 * fetches and compiles them while the HTML is parsed, exactly as when they were static
 * imports, and they still count as the JavaScript index.html loads (bench/ui.ts). Their
 * CSS is linked in the head as well, so it never waits for the import either. The app's
 * own typefaces (woff2) are preloaded too: the tile figures are sized for Noto Sans's
 * widths, and a wider fallback drawn while the face is still on its way would spill
 * out of them.
 */
function preloadBoot(): Plugin {
  return {
    name: 'anjungan-preload-boot',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const boot = chunks.find((chunk) => chunk.facadeModuleId?.replaceAll('\\', '/').endsWith('/renderer/boot.tsx'));
        if (!boot) throw new Error('vite.config.ts: no chunk for renderer/boot.tsx; the preload plugin needs updating.');
        const wanted: string[] = [];
        const visit = (fileName: string) => {
          if (wanted.includes(fileName)) return;
          wanted.push(fileName);
          const chunk = chunks.find((candidate) => candidate.fileName === fileName);
          for (const imported of chunk?.imports ?? []) visit(imported);
        };
        visit(boot.fileName);
        // Their styles too: as stylesheets in the head, not injected when boot.tsx is imported.
        const styles = wanted.flatMap((fileName) => [...(chunks.find((chunk) => chunk.fileName === fileName)?.viteMetadata?.importedCss ?? [])]);
        const faces = Object.values(bundle).filter((output) => output.type === 'asset' && output.fileName.endsWith('.woff2')).map((output) => output.fileName);
        const tags = [
          ...faces.map((fileName) => `<link rel="preload" as="font" type="font/woff2" crossorigin href="./${fileName}">`),
          ...styles.filter((fileName) => !html.includes(`/${fileName}"`)).map((fileName) => `<link rel="stylesheet" crossorigin href="./${fileName}">`),
          ...wanted.filter((fileName) => !html.includes(`/${fileName}"`)).map((fileName) => `<link rel="modulepreload" crossorigin href="./${fileName}">`),
        ];
        return html.replace(/\n?(\s*)<\/head>/, (_match, indent: string) => `${tags.map((tag) => `\n    ${tag}`).join('')}\n${indent.replace(/^\n/, '')}</head>`);
      },
    },
  };
}

/**
 * The renderer build. `base: './'` keeps every asset URL relative, so the same files
 * load from the web transport (http://127.0.0.1:port/) and from Electron's app://
 * protocol. The CSP forbids inline script, so nothing may be inlined as a script:
 * Vite's module-preload polyfill (the only script Vite ever inlines into HTML) is off;
 * Chromium supports modulepreload natively.
 */
export default defineConfig({
  // This folder, wherever Vite is started from (import.meta.dirname: no Node import, which the renderer lint forbids).
  root: import.meta.dirname,
  base: './',
  plugins: [react(), preloadBoot()],
  publicDir: false,
  build: {
    outDir: '../dist/renderer', // relative to root
    emptyOutDir: true,
    target: 'chrome120',
    modulePreload: { polyfill: false },
    // Small assets are inlined as data: URLs by default; keep them files so the CSP
    // stays the only policy that matters (img-src allows data:, but fonts do not).
    assetsInlineLimit: 0,
    sourcemap: true,
    reportCompressedSize: false,
    // The first screen should start on React + i18next alone; chart.js arrives later as
    // its own lazily loaded chunk, so any entry above this limit is a regression.
    chunkSizeWarningLimit: 350,
    rolldownOptions: {
      output: {
        // React changes rarely: its own chunk stays cached across app updates.
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }],
        },
      },
    },
  },
  server: { host: '127.0.0.1', strictPort: true },
});
