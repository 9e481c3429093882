'use strict';
// "Run journey tests" and the "Run test" code lens: both run `ma test` in a terminal, where its
// output reads as it does in CI.

const vscode = require('vscode');
const path = require('path');
const { testCommandLine } = require('./testCommandLine');

function cliCommand() {
  return String(vscode.workspace.getConfiguration('journey').get('cli.command') || 'ma');
}

function terminal() {
  const existing = vscode.window.terminals.find((t) => t.name === 'Journey tests');
  return existing || vscode.window.createTerminal({ name: 'Journey tests' });
}

/** Every test of the workspace folder of the active journey file, or of every workspace folder. */
function runAllTests() {
  const editor = vscode.window.activeTextEditor;
  let folder;
  if (editor && editor.document.languageId === 'journey' && editor.document.uri.scheme === 'file') {
    folder = path.dirname(editor.document.uri.fsPath);
  } else {
    const folders = vscode.workspace.workspaceFolders || [];
    folder = folders.length > 0 ? folders[0].uri.fsPath : undefined;
  }

  if (!folder) {
    vscode.window.showWarningMessage('Open a folder of .journey files to run its tests.');
    return;
  }

  const shell = terminal();
  shell.show(true);
  shell.sendText(testCommandLine(cliCommand(), folder));
}

/** One test, from the code lens: its arguments are the document URI, the test's name and its journey. */
function runOneTest(uri, testName) {
  const file = vscode.Uri.parse(String(uri)).fsPath;
  const shell = terminal();
  shell.show(true);
  shell.sendText(testCommandLine(cliCommand(), path.dirname(file), String(testName)));
}

module.exports = { runAllTests, runOneTest };
