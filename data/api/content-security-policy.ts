/**
 * The renderer's Content-Security-Policy, sent by the web transport and by Electron's
 * app protocol alike: scripts only from the app itself, no inline script, no remote
 * origin anywhere. Inline style attributes stay allowed because React and chart.js
 * set element styles at run time.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
