'use strict';
// "Journey: Show journey graph": asks the server for the graph of the journey at the cursor
// (`journey/graph`) and shows it beside the editor; clicking a step jumps to it.

const vscode = require('vscode');
const crypto = require('crypto');
const { renderGraphHtml } = require('./graphHtml');

/** @type {vscode.WebviewPanel | undefined} */
let panel;

async function showJourneyGraph(context, client) {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'journey') {
    vscode.window.showInformationMessage('Open a .journey file and put the cursor in a journey to see its graph.');
    return;
  }

  const graph = await client.sendRequest('journey/graph', {
    textDocument: { uri: editor.document.uri.toString() },
    position: editor.selection.active,
  });
  if (!graph) {
    vscode.window.showInformationMessage('Put the cursor inside a journey (or one of its tests) to see its graph.');
    return;
  }

  if (!panel) {
    panel = vscode.window.createWebviewPanel('journeyGraph', `Journey: ${graph.journey}`, vscode.ViewColumn.Beside, {
      enableScripts: true,
      localResourceRoots: [],
    });
    panel.onDidDispose(() => { panel = undefined; }, undefined, context.subscriptions);
    panel.webview.onDidReceiveMessage((message) => reveal(message), undefined, context.subscriptions);
  }

  panel.title = `Journey: ${graph.journey}`;
  panel.webview.html = renderGraphHtml(graph, { nonce: crypto.randomBytes(16).toString('base64') });
  panel.reveal(vscode.ViewColumn.Beside, true);
}

async function reveal(message) {
  if (!message || message.type !== 'reveal' || !message.target) {
    return;
  }

  const { uri, range } = message.target;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const start = new vscode.Position(range.start.line, range.start.character);
  const end = new vscode.Position(range.end.line, range.end.character);
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(start, end) });
}

module.exports = { showJourneyGraph };
