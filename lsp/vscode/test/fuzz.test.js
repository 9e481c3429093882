'use strict';
// Random edits (seeded, so a failure can be replayed) to the example documents, sent as fast as
// the pipe takes them: the server must never crash or wedge. Afterwards it still answers hover
// and completion within a few seconds, and its diagnostics settle on the final text.

const { describe, it, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('path');
const fs = require('fs');
const { LspClient, REPOSITORY, endOf } = require('./helpers/lspClient');

const SHOP = path.join(REPOSITORY, 'examples', 'shop');
const SEED = Number(process.env.JOURNEY_FUZZ_SEED || 20260401);
const EDITS_PER_DOCUMENT = Number(process.env.JOURNEY_FUZZ_EDITS || 250);
const SNIPPETS = ['{', '}', '(', ')', '"', '{{ ', ' }}', '\\', '/*', '*/', '//', '\n', '\r\n', ' ', 'when ', 'send email ', 'wait 2d',
  'if ', 'else ', 'contact.', 'event.', '.', ',', ';', ':', '->', '==', '2026-02-30', '25:99', '999999999999999999999d', '50%',
  'journey ', 'template ', 'test "', 'split "x" {', 'score(', 'count(', '☕', '😀', '\u0000', 'é', 'welcome_1', 'x'.repeat(200)];

/** mulberry32: a small seeded PRNG, so every run of a seed makes the same edits. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function positionAt(text, offset) {
  return endOf(text.slice(0, offset));
}

/** One random edit as LSP content changes, applied to our copy of the text too. */
function randomEdit(next, text) {
  const pick = (n) => Math.floor(next() * n);
  const start = pick(text.length + 1);
  const end = Math.min(text.length, start + (next() < 0.5 ? 0 : pick(40)));
  const kind = next();
  if (kind < 0.03) {
    // A whole-document change, as some clients send.
    const replaced = text.slice(0, start);
    return { text: replaced, changes: [{ text: replaced }] };
  }

  if (kind < 0.06) {
    // Positions past the end of a line or of the text: the protocol says to clamp them.
    const lines = text.split('\n');
    const line = pick(lines.length + 3);
    const range = { start: { line, character: 500 }, end: { line, character: 500 } };
    const clampedLine = Math.min(line, lines.length - 1);
    const offset = lines.slice(0, clampedLine).reduce((s, l) => s + l.length + 1, 0) + (line >= lines.length ? lines[clampedLine].length : lines[clampedLine].replace(/\r$/, '').length);
    return { text: text.slice(0, offset) + 'x' + text.slice(offset), changes: [{ range, text: 'x' }] };
  }

  const insert = kind < 0.35 ? '' : SNIPPETS[pick(SNIPPETS.length)];
  return {
    text: text.slice(0, start) + insert + text.slice(end),
    changes: [{ range: { start: positionAt(text, start), end: positionAt(text, end) }, text: insert }],
  };
}

describe('fuzzing the server with random edits', () => {
  const client = new LspClient();
  after(() => client.kill());

  it(`survives ${EDITS_PER_DOCUMENT} random edits per document (seed ${SEED}) and still answers`, async () => {
    await client.initialize(SHOP);
    const next = random(SEED);
    const documents = [];
    for (const name of ['welcome.journey', 'abandoned_cart.journey', 'schema.journey']) {
      const file = path.join(SHOP, name);
      const text = fs.readFileSync(file, 'utf8');
      documents.push({ uri: await client.open(file, text), text });
    }

    for (let i = 0; i < EDITS_PER_DOCUMENT * documents.length; i++) {
      const document = documents[Math.floor(next() * documents.length)];
      const edit = randomEdit(next, document.text);
      document.text = edit.text;
      await client.change(document.uri, edit.changes);
      if (i % 97 === 0) {
        // Requests interleaved with the edits, not awaited: they race the next changes.
        client.request('textDocument/completion', { textDocument: { uri: document.uri }, position: endOf(document.text) }).catch(() => {});
        client.request('textDocument/semanticTokens/full', { textDocument: { uri: document.uri } }).catch(() => {});
      }
    }

    for (const document of documents) {
      const position = { line: Math.floor(next() * 10), character: Math.floor(next() * 20) };
      await client.request('textDocument/hover', { textDocument: { uri: document.uri }, position }, 10000);
      const completion = await client.request('textDocument/completion', { textDocument: { uri: document.uri }, position }, 10000);
      assert.ok(Array.isArray(completion.items));
      await client.request('textDocument/documentSymbol', { textDocument: { uri: document.uri } }, 10000);
      await client.request('textDocument/formatting', { textDocument: { uri: document.uri }, options: { tabSize: 2, insertSpaces: true } }, 10000);
    }

    // The server's text must be ours: replace one document with a known one and see its errors go.
    const last = documents[0];
    await client.change(last.uri, [{ text: 'connection fuzzed_connection\n' }]);
    await client.waitForDiagnostics(last.uri, (d) => !d.some((x) => x.severity === 1), 20000);

    assert.equal(client.process.exitCode, null, 'the server is still running');
    assert.doesNotMatch(client.stderr, /Unhandled exception/);
    assert.equal(await client.shutdown(), 0);
  });
});
