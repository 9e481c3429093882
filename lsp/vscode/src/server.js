'use strict';
// Where the language server is and how to start it. Plain Node (no `vscode` import), so tests can
// check it without an editor.

const fs = require('fs');
const path = require('path');

const SERVER_DLL = 'journey-language-server.dll';

/**
 * The command that starts the server: `dotnet <dll>` for the framework-dependent build bundled in
 * the extension's `server/` folder, or the `journey.server.path` setting (a .dll, or a native
 * executable run as it is).
 * @param {string} extensionPath
 * @param {{ get(key: string): unknown }} configuration the `journey` settings
 */
function resolveServer(extensionPath, configuration) {
  const configured = String(configuration.get('server.path') || '').trim();
  const dotnet = String(configuration.get('dotnet.path') || 'dotnet').trim() || 'dotnet';
  const serverPath = configured || path.join(extensionPath, 'server', SERVER_DLL);
  if (!fs.existsSync(serverPath)) {
    throw new Error(`The journey language server was not found at ${serverPath}. Set "journey.server.path" or reinstall the extension.`);
  }

  return serverPath.toLowerCase().endsWith('.dll')
    ? { command: dotnet, args: [serverPath] }
    : { command: serverPath, args: [] };
}

module.exports = { resolveServer, SERVER_DLL };
