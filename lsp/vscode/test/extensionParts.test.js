'use strict';
// The parts of the extension that need no editor: finding the server, the test command line,
// and the manifest's promises (commands, language, grammar).

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { resolveServer } = require('../src/server');
const { testCommandLine } = require('../src/testCommandLine');
const manifest = require('../package.json');

const settings = (values) => ({ get: (key) => values[key] });

describe('starting the server', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-ext-'));
  fs.mkdirSync(path.join(folder, 'server'));
  fs.writeFileSync(path.join(folder, 'server', 'journey-language-server.dll'), '');

  it('runs the bundled dll with dotnet by default', () => {
    assert.deepEqual(resolveServer(folder, settings({})), { command: 'dotnet', args: [path.join(folder, 'server', 'journey-language-server.dll')] });
  });

  it('honours journey.server.path and journey.dotnet.path', () => {
    const native = path.join(folder, 'journey-language-server');
    fs.writeFileSync(native, '');
    assert.deepEqual(resolveServer('/nowhere', settings({ 'server.path': native })), { command: native, args: [] });
    const dll = path.join(folder, 'server', 'journey-language-server.dll');
    assert.deepEqual(resolveServer('/nowhere', settings({ 'server.path': dll, 'dotnet.path': '/opt/dotnet/dotnet' })), { command: '/opt/dotnet/dotnet', args: [dll] });
  });

  it('says where it looked when there is no server', () => {
    assert.throws(() => resolveServer('/nowhere', settings({})), /journey\.server\.path/);
  });
});

describe('running journey tests', () => {
  it('runs ma test on the workspace folder, one test by name', () => {
    assert.equal(testCommandLine('ma', '/w/shop', undefined, 'linux'), 'ma test /w/shop');
    assert.equal(testCommandLine('ma', '/w/my shop', "it's sent", 'linux'), "ma test '/w/my shop' --filter 'it'\\''s sent'");
    assert.equal(testCommandLine('ma', 'C:\\w\\shop', "it's", 'win32'), "ma test 'C:\\w\\shop' --filter 'it''s'");
  });
});

describe('the manifest', () => {
  it('contributes the journey language, its grammar and configuration', () => {
    const language = manifest.contributes.languages.find((l) => l.id === 'journey');
    assert.deepEqual(language.extensions, ['.journey']);
    assert.ok(fs.existsSync(path.join(__dirname, '..', language.configuration)));
    const grammar = manifest.contributes.grammars.find((g) => g.language === 'journey');
    const tm = JSON.parse(fs.readFileSync(path.join(__dirname, '..', grammar.path), 'utf8'));
    assert.equal(tm.scopeName, grammar.scopeName);
  });

  it('declares the commands the code registers and the server names', () => {
    const commands = manifest.contributes.commands.map((c) => c.command);
    const source = fs.readFileSync(path.join(__dirname, '..', 'src', 'extension.js'), 'utf8');
    for (const command of ['journey.showGraph', 'journey.runTests', 'journey.runTest']) {
      assert.ok(commands.includes(command), command);
      assert.ok(source.includes(`'${command}'`), command);
    }
  });

  it('has a language configuration with comments, brackets, pairs and indentation rules', () => {
    const configuration = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'language-configuration.json'), 'utf8'));
    assert.equal(configuration.comments.lineComment, '//');
    assert.deepEqual(configuration.comments.blockComment, ['/*', '*/']);
    assert.ok(configuration.brackets.length >= 3);
    assert.ok(configuration.autoClosingPairs.some((p) => p.open === '"'));
    assert.ok(new RegExp(configuration.indentationRules.increaseIndentPattern).test('journey x {'));
    assert.ok(new RegExp(configuration.indentationRules.decreaseIndentPattern).test('  }'));
  });
});
