// electron-builder configuration: `npm run dist` (after `npm run build`, which also makes
// dist/snapshot/default.sqlite with `npm run snapshot`). Paths are relative to the project root.
/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'id.go.banyuwangikab.anjungan',
  productName: 'Anjungan',
  executableName: 'anjungan',
  copyright: 'Pemerintah Kabupaten Banyuwangi',
  directories: { output: 'release', buildResources: 'build' },
  // Only the built app: sources, tests and caches stay out. electron-builder adds the
  // production node_modules itself (and rebuilds better-sqlite3 for Electron's ABI).
  files: ['package.json', 'dist/**/*', '!dist/**/*.map', '!dist/snapshot/**', '!dist/bench.mjs'],
  asar: true,
  // A native addon cannot be loaded from inside an archive.
  asarUnpack: ['node_modules/better-sqlite3/**/*.node'],
  npmRebuild: true,
  extraResources: [
    // Read by electron/paths.ts as process.resourcesPath/default.sqlite.
    { from: 'dist/snapshot/default.sqlite', to: 'default.sqlite' },
    { from: 'build/icons/png/512x512.png', to: 'icon.png' },
  ],
  afterPack: 'build/fuses.cjs',
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Education',
    icon: 'build/icons/png',
    maintainer: 'Dinas Komunikasi, Informatika dan Persandian Kabupaten Banyuwangi <diskominfo@banyuwangikab.go.id>',
    vendor: 'Pemerintah Kabupaten Banyuwangi',
    synopsis: 'Data kiosk for Kabupaten Banyuwangi',
    description: 'Anjungan shows the regency statistics per kecamatan and village on the public-service lounge touchscreens and wall display. Works offline.',
    desktop: {
      entry: {
        Name: 'Anjungan',
        GenericName: 'Data kiosk',
        Comment: 'Data Kabupaten Banyuwangi per kecamatan dan desa',
        Categories: 'Education;Office;',
        StartupWMClass: 'Anjungan',
        Keywords: 'kiosk;anjungan;statistik;data;banyuwangi;',
      },
    },
    extraResources: [{ from: 'build/linux/anjungan-kiosk.desktop', to: 'linux/anjungan-kiosk.desktop' }],
  },
  deb: { priority: 'optional' },
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'build/icons/icon.ico',
  },
  nsis: {
    oneClick: false,
    // A lounge kiosk is a shared machine: install once for every account.
    perMachine: true,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    shortcutName: 'Anjungan',
    installerIcon: 'build/icons/icon.ico',
    uninstallerIcon: 'build/icons/icon.ico',
  },
};
