'use strict';
// A real LSP client for tests: starts the server process with `dotnet <dll>` and talks to it over
// stdio through vscode-languageserver-protocol, the library VS Code's own client is built on.

const path = require('path');
const fs = require('fs');
const { spawn } = require('child_process');
const { pathToFileURL } = require('url');
const {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  PublishDiagnosticsNotification,
  LogMessageNotification,
} = require('vscode-languageserver-protocol/node');

const REPOSITORY = path.resolve(__dirname, '..', '..', '..', '..');

/** The server to test: $JOURNEY_SERVER_DLL, or the Release build of the solution. */
function serverDll() {
  const dll = process.env.JOURNEY_SERVER_DLL ||
    path.join(REPOSITORY, 'lsp', 'MarketingAutomation.LanguageServer', 'bin', 'Release', 'net10.0', 'journey-language-server.dll');
  if (!fs.existsSync(dll)) {
    throw new Error(`No language server at ${dll}: run \`dotnet build -c Release\` first, or set JOURNEY_SERVER_DLL.`);
  }

  return dll;
}

function fileUri(file) {
  return pathToFileURL(file).href;
}

/** Resolves with the value, or rejects after `ms` with a message saying what did not happen. */
function within(ms, promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

class LspClient {
  constructor(dll = serverDll()) {
    this.process = spawn('dotnet', [dll], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.stderr = '';
    this.process.stderr.on('data', (chunk) => { this.stderr += chunk; });
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.diagnostics = new Map();
    this.diagnosticWaiters = [];
    this.logMessages = [];
    this.versions = new Map();
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params);
      for (const waiter of [...this.diagnosticWaiters]) {
        waiter();
      }
    });
    this.connection.onNotification(LogMessageNotification.type, (params) => this.logMessages.push(params.message));
    this.connection.listen();
  }

  async initialize(rootFolder) {
    const result = await within(60000, this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: rootFolder ? fileUri(rootFolder) : null,
      workspaceFolders: rootFolder ? [{ uri: fileUri(rootFolder), name: path.basename(rootFolder) }] : null,
      capabilities: {},
    }), 'initialize');
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  request(method, params, ms = 30000) {
    return within(ms, this.connection.sendRequest(method, params), method);
  }

  notify(method, params) {
    return this.connection.sendNotification(method, params);
  }

  async open(file, text) {
    const uri = fileUri(file);
    this.versions.set(uri, 1);
    await this.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'journey', version: 1, text: text === undefined ? fs.readFileSync(file, 'utf8') : text },
    });
    return uri;
  }

  /** Sends one didChange with the given content changes (ranges, or whole text). */
  async change(uri, contentChanges) {
    const version = (this.versions.get(uri) || 0) + 1;
    this.versions.set(uri, version);
    await this.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    return version;
  }

  /** Waits until the latest diagnostics of the URI satisfy the condition. */
  waitForDiagnostics(uri, condition, ms = 30000) {
    const check = () => {
      const latest = this.diagnostics.get(uri);
      return latest && condition(latest.diagnostics, latest) ? latest : undefined;
    };
    const found = check();
    if (found) {
      return Promise.resolve(found);
    }

    let waiter;
    const waiting = new Promise((resolve) => {
      waiter = () => {
        const now = check();
        if (now) {
          resolve(now);
        }
      };
      this.diagnosticWaiters.push(waiter);
    });
    const seen = () => JSON.stringify(this.diagnostics.get(uri) || 'nothing');
    return within(ms, waiting, `diagnostics of ${uri}`)
      .catch((e) => { throw new Error(`${e.message}; last seen ${seen()}`); })
      .finally(() => { this.diagnosticWaiters = this.diagnosticWaiters.filter((w) => w !== waiter); });
  }

  async shutdown() {
    await this.request('shutdown', null);
    await this.notify('exit', null);
    const code = await within(10000, this.exited, 'the server to exit');
    this.connection.dispose();
    return code;
  }

  kill() {
    this.connection.dispose();
    if (this.process.exitCode === null) {
      this.process.kill();
    }
  }
}

/** The position just after the text, as LSP counts (lines, UTF-16 code units). */
function endOf(text) {
  const lines = text.split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** The position of the first occurrence of `find` (plus `delta` characters). */
function positionOf(text, find, delta = 0) {
  const offset = text.indexOf(find);
  if (offset < 0) {
    throw new Error(`'${find}' is not in the text`);
  }

  return endOf(text.slice(0, offset + delta));
}

/** The text a range covers. */
function textOf(text, range) {
  const lines = text.split('\n');
  const offset = (p) => lines.slice(0, p.line).reduce((sum, l) => sum + l.length + 1, 0) + p.character;
  return text.slice(offset(range.start), offset(range.end));
}

module.exports = { LspClient, REPOSITORY, fileUri, endOf, positionOf, textOf, within, serverDll };
