'use strict';
// Packages the extension with package.sh (or takes $JOURNEY_VSIX), opens the .vsix and checks it
// holds what an installed extension needs, then starts the server shipped inside it.

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const yauzl = require('yauzl');
const { LspClient } = require('./helpers/lspClient');

const EXTENSION = path.join(__dirname, '..');

function entries(vsix) {
  return new Promise((resolve, reject) => {
    yauzl.open(vsix, { lazyEntries: true }, (error, zip) => {
      if (error) {
        reject(error);
        return;
      }

      const files = new Map();
      zip.on('entry', (entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) {
            reject(streamError);
            return;
          }

          const chunks = [];
          stream.on('data', (c) => chunks.push(c));
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(files));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describe('the packaged extension', () => {
  let files;
  let unpacked;

  before(async () => {
    const vsix = process.env.JOURNEY_VSIX || execFileSync(path.join(EXTENSION, 'package.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
    files = await entries(vsix);
    unpacked = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-vsix-'));
    for (const [name, content] of files) {
      if (name.startsWith('extension/server/')) {
        const target = path.join(unpacked, name);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, content);
      }
    }
  });

  after(() => fs.rmSync(unpacked, { recursive: true, force: true }));

  it('holds the manifest, grammar, configuration, client code and its dependencies', () => {
    for (const name of [
      'extension.vsixmanifest',
      'extension/package.json',
      'extension/syntaxes/journey.tmLanguage.json',
      'extension/language-configuration.json',
      'extension/src/extension.js',
      'extension/src/graphHtml.js',
      'extension/readme.md',
      'extension/node_modules/vscode-languageclient/package.json',
      'extension/node_modules/vscode-languageserver-protocol/package.json',
    ]) {
      assert.ok(files.has(name), `${name} is in the .vsix`);
    }

    const packaged = JSON.parse(files.get('extension/package.json').toString('utf8'));
    assert.equal(packaged.contributes.languages[0].id, 'journey');
    assert.equal(packaged.main, './src/extension.js');
  });

  it('holds the framework-dependent server', () => {
    for (const name of ['journey-language-server.dll', 'journey-language-server.runtimeconfig.json', 'journey-language-server.deps.json', 'MarketingAutomation.Language.dll', 'StreamJsonRpc.dll']) {
      assert.ok(files.has(`extension/server/${name}`), `server/${name} is in the .vsix`);
    }
  });

  it('leaves out tests, dev tools and build scripts', () => {
    const unwanted = [...files.keys()].filter((n) => n.startsWith('extension/test/') || n === 'extension/package.sh' || n.includes('node_modules/@vscode/vsce') || n.includes('node_modules/vscode-tmgrammar-test'));
    assert.deepEqual(unwanted, []);
  });

  it('starts the server it ships and answers initialize', async () => {
    const client = new LspClient(path.join(unpacked, 'extension', 'server', 'journey-language-server.dll'));
    try {
      const result = await client.initialize(null);
      assert.equal(result.serverInfo.name, 'journey-language-server');
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.kill();
    }
  });
});
