'use strict';
// End to end, as an editor uses it: the real server process over stdio, a real LSP client, the
// examples/shop workspace as root, and a journey typed into a new document keystroke by keystroke.

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const fs = require('fs');
const { LspClient, REPOSITORY, fileUri, endOf, positionOf, textOf } = require('./helpers/lspClient');
const { renderGraphHtml } = require('../src/graphHtml');

const SHOP = path.join(REPOSITORY, 'examples', 'shop');
const TYPED_FILE = path.join(SHOP, 'typed_in_editor.journey'); // never written: it lives in the editor only
const FINAL_TEXT = [
  'journey typed_in_editor {',
  '  when signed_up',
  '  entry once',
  '  send email welcome_1',
  '  wait 2d',
  '  if opened(welcome_1) {',
  '    send email welcome_2_engaged',
  '  }',
  '}',
  '',
].join('\n');

const errors = (diagnostics) => diagnostics.filter((d) => d.severity === 1);

describe('journey language server over stdio', () => {
  /** @type {LspClient} */
  let client;
  let typedUri;
  let text = '';

  before(async () => {
    client = new LspClient();
  });

  after(() => client.kill());

  it('initializes with the shop workspace as root and announces its features', async () => {
    const result = await client.initialize(SHOP);
    assert.equal(result.capabilities.textDocumentSync.change, 2);
    assert.equal(result.serverInfo.name, 'journey-language-server');
    assert.ok(result.capabilities.renameProvider.prepareProvider);
    assert.deepEqual(result.capabilities.signatureHelpProvider.triggerCharacters, ['(', ',']);
  });

  it('publishes diagnostics for the files of the workspace without opening them', async () => {
    const published = await client.waitForDiagnostics(fileUri(path.join(SHOP, 'welcome.journey')), () => true);
    assert.deepEqual(errors(published.diagnostics), []);
  });

  it('follows a journey typed keystroke by keystroke', async () => {
    typedUri = await client.open(TYPED_FILE, '');
    const typeText = async (typed) => {
      for (const character of typed) {
        await client.change(typedUri, [{ range: { start: endOf(text), end: endOf(text) }, text: character }]);
        text += character;
      }
    };

    await typeText('journey typed_in_editor {\n  when signed_up\n  entry once\n  send email ');
    const completion = await client.request('textDocument/completion', { textDocument: { uri: typedUri }, position: endOf(text) });
    const labels = completion.items.map((i) => i.label);
    assert.ok(labels.includes('welcome_1'), `completion offers email templates: ${labels.join(', ')}`);
    assert.ok(!labels.includes('welcome_sms'), 'but no SMS templates');

    await typeText('welcom');
    const midway = await client.waitForDiagnostics(typedUri, (d) => errors(d).length > 0);
    assert.ok(errors(midway.diagnostics).length > 0, 'an unfinished journey has errors');

    await typeText(FINAL_TEXT.slice(text.length));
    assert.equal(text, FINAL_TEXT);
    const done = await client.waitForDiagnostics(typedUri, (d, p) => p.version === client.versions.get(typedUri) || errors(d).length === 0);
    assert.deepEqual(errors(done.diagnostics), []);
  });

  it('reports a misspelt template with the code ma check uses, and clears it when fixed', async () => {
    const at = positionOf(text, 'send email welcome_1', 'send email welcome_'.length);
    await client.change(typedUri, [{ range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: 'one' }]);
    const broken = await client.waitForDiagnostics(typedUri, (d) => d.some((x) => x.code === 'MA2005'));
    const diagnostic = broken.diagnostics.find((d) => d.code === 'MA2005');
    assert.equal(diagnostic.range.start.line, 3);
    assert.match(diagnostic.message, /welcome_one/);

    await client.change(typedUri, [{ range: { start: at, end: { line: at.line, character: at.character + 3 } }, text: '1' }]);
    await client.waitForDiagnostics(typedUri, (d) => !d.some((x) => x.code === 'MA2005'));
  });

  it('hovers over a template name', async () => {
    const hover = await client.request('textDocument/hover', { textDocument: { uri: typedUri }, position: positionOf(text, 'welcome_2_engaged', 3) });
    assert.equal(hover.contents.kind, 'markdown');
    assert.match(hover.contents.value, /welcome_2_engaged/);
    assert.equal(textOf(text, hover.range), 'welcome_2_engaged');
  });

  it('goes to the definition in another file of the workspace', async () => {
    const locations = await client.request('textDocument/definition', { textDocument: { uri: typedUri }, position: positionOf(text, 'welcome_1', 2) });
    assert.equal(locations.length, 1);
    assert.equal(locations[0].uri, fileUri(path.join(SHOP, 'welcome.journey')));
    const welcome = fs.readFileSync(path.join(SHOP, 'welcome.journey'), 'utf8');
    assert.equal(textOf(welcome, locations[0].range), 'welcome_1');
  });

  it('renames a template in every file that names it', async () => {
    const position = positionOf(text, 'welcome_1', 2);
    const prepared = await client.request('textDocument/prepareRename', { textDocument: { uri: typedUri }, position });
    assert.equal(prepared.placeholder, 'welcome_1');

    const edit = await client.request('textDocument/rename', { textDocument: { uri: typedUri }, position, newName: 'welcome_first' });
    const uris = Object.keys(edit.changes);
    assert.ok(uris.includes(typedUri));
    assert.ok(uris.includes(fileUri(path.join(SHOP, 'welcome.journey'))));
    for (const [uri, edits] of Object.entries(edit.changes)) {
      const source = uri === typedUri ? text : fs.readFileSync(new URL(uri), 'utf8');
      for (const e of edits) {
        assert.equal(e.newText, 'welcome_first');
        assert.equal(textOf(source, e.range), 'welcome_1', `${uri} ${JSON.stringify(e.range)}`);
      }
    }

    await assert.rejects(
      client.request('textDocument/rename', { textDocument: { uri: typedUri }, position, newName: 'not valid' }),
      (e) => e.code === -32803 && /name/.test(e.message),
    );
  });

  it('formats the document as ma fmt does', async () => {
    const messy = FINAL_TEXT.replace('  wait 2d', '      wait    2d').replace('journey typed_in_editor {', 'journey  typed_in_editor  {');
    await client.change(typedUri, [{ text: messy }]);
    text = messy;
    const edits = await client.request('textDocument/formatting', { textDocument: { uri: typedUri }, options: { tabSize: 2, insertSpaces: true } });
    assert.equal(edits.length, 1);
    assert.equal(edits[0].newText, FINAL_TEXT);
  });

  it('draws the journey graph of the document', async () => {
    const graph = await client.request('journey/graph', { textDocument: { uri: typedUri }, position: positionOf(text, 'wait') });
    assert.equal(graph.journey, 'typed_in_editor');
    assert.ok(graph.nodes.some((n) => n.kind === 'if'));
    const html = renderGraphHtml(graph, { nonce: 'test' });
    assert.match(html, /send email welcome_2_engaged/);
    assert.doesNotMatch(html, /https?:\/\//);
  });

  it('offers a Run test lens on every test block', async () => {
    const welcome = fileUri(path.join(SHOP, 'welcome.journey'));
    await client.open(path.join(SHOP, 'welcome.journey'));
    const lenses = await client.request('textDocument/codeLens', { textDocument: { uri: welcome } });
    assert.ok(lenses.length >= 1);
    assert.equal(lenses[0].command.command, 'journey.runTest');
  });

  it('shuts down and exits with code 0', async () => {
    assert.equal(await client.shutdown(), 0);
  });
});
