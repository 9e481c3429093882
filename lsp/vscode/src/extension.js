'use strict';
// The VS Code side of the journey language: starts the language server, and adds the commands
// that need more than LSP (the journey graph view, running journey tests).

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');
const { resolveServer } = require('./server');
const { showJourneyGraph } = require('./graphView');
const { runAllTests, runOneTest } = require('./testCommands');

/** @type {LanguageClient | undefined} */
let client;

async function activate(context) {
  const configuration = vscode.workspace.getConfiguration('journey');
  const server = resolveServer(context.extensionPath, configuration);
  const serverOptions = {
    command: server.command,
    args: server.args,
    transport: TransportKind.stdio,
  };
  const clientOptions = {
    documentSelector: [{ scheme: 'file', language: 'journey' }, { scheme: 'untitled', language: 'journey' }],
    synchronize: {
      // Journey files and the Liquid template files they name, changed outside the editor.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{journey,liquid,html,txt}'),
    },
  };
  client = new LanguageClient('journey', 'Journey language server', serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand('journey.showGraph', () => showJourneyGraph(context, client)),
    vscode.commands.registerCommand('journey.runTests', () => runAllTests()),
    vscode.commands.registerCommand('journey.runTest', (uri, testName, journeyName) => runOneTest(uri, testName, journeyName)),
  );

  await client.start();
}

async function deactivate() {
  if (client) {
    await client.stop();
    client = undefined;
  }
}

module.exports = { activate, deactivate };
