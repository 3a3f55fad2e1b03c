// electron-builder afterPack hook: flips Electron's fuses in the packaged binary, so the
// shipped kiosk cannot be turned back into a general Node runtime or have its app code
// swapped. Runs before signing, which must come after any change to the binary.
const path = require('node:path');
const { flipFuses, FuseV1Options, FuseVersion } = require('@electron/fuses');

/** The fuse wire we ship; exported so a test can read it without packaging. */
const fuses = {
  version: FuseVersion.V1,
  // No ELECTRON_RUN_AS_NODE, NODE_OPTIONS or --inspect: the binary runs our app only.
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // Only app.asar, and (on Windows; macOS too, unused here) only an asar whose header hash
  // electron-builder embedded. Linux has no integrity check yet; the fuse is inert there.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
  // The renderer is served from app://, so file:// needs none of its old privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** Where electron-builder put the executable (same rule as its own addElectronFuses). */
function executablePath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
  return path.join(appOutDir, packager.executableName);
}

async function afterPack(context) {
  const binary = executablePath(context);
  const changed = await flipFuses(binary, { ...fuses, resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' });
  console.log(`  • fuses flipped (${changed} changed) in ${binary}`);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.fuses = fuses;
module.exports.executablePath = executablePath;
