// electron-builder `afterPack` hook: flips Electron's fuses in the packaged binary, before
// signing, so the shipped app cannot be turned into a generic Node runtime or debugger
// (RELIABILITY "Electron shell"). CommonJS because electron-builder requires hooks.
'use strict';
const path = require('node:path');
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

/** Every fuse Electron knows, set explicitly (strict mode fails the build if one is missing). */
const FIELDBOOK_FUSES = {
  [FuseV1Options.RunAsNode]: false, // ELECTRON_RUN_AS_NODE would turn Fieldbook into plain Node
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false, // no NODE_OPTIONS=--require evil.js
  [FuseV1Options.EnableNodeCliInspectArguments]: false, // no --inspect to attach a debugger
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true, // a tampered app.asar refuses to load
  [FuseV1Options.OnlyLoadAppFromAsar]: true, // no app folder next to the asar is ever loaded instead
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false, // the app is served from app://, not file://
};

const ARM64 = 3; // builder-util's Arch.arm64

/** The Electron executable inside the packed app folder, as electron-builder names it. */
function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
  }
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return path.join(appOutDir, packager.executableName);
}

function fuseConfig(context) {
  return {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    // Flipping fuses breaks the ad-hoc signature of unsigned Apple Silicon builds; re-sign ad hoc.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === ARM64,
    ...FIELDBOOK_FUSES,
  };
}

async function afterPack(context) {
  const { flipFuses } = require('@electron/fuses');
  await flipFuses(electronBinaryPath(context), fuseConfig(context));
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.FIELDBOOK_FUSES = FIELDBOOK_FUSES;
module.exports.electronBinaryPath = electronBinaryPath;
module.exports.fuseConfig = fuseConfig;
