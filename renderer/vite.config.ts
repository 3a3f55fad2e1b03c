import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

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
  plugins: [react()],
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
