/** The wall display's address: `/wall` in a browser, `app://anjungan/wall` in Electron (a trailing slash allowed). */
export function isWallPath(pathname: string): boolean {
  return /\/wall\/?$/.test(pathname);
}
