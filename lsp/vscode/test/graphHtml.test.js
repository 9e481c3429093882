'use strict';
// The journey graph page: laid out top-down, self-contained, and safe with any label.

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { renderGraphHtml, layout } = require('../src/graphHtml');

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } };
const node = (id, kind, label) => ({ id, kind, label, uri: 'file:///w/a.journey', range });
const GRAPH = {
  journey: 'welcome',
  uri: 'file:///w/a.journey',
  range,
  nodes: [node('n1', 'trigger', 'when signed_up'), node('n2', 'if', 'if opened(x)'), node('n3', 'send', 'send email <b>"x"</b>'), node('end', 'end', 'end')],
  edges: [{ from: 'n1', to: 'n2' }, { from: 'n2', to: 'n3', label: 'yes' }, { from: 'n2', to: 'end', label: 'no' }, { from: 'n3', to: 'end' }],
};

describe('journey graph page', () => {
  it('puts every node below the nodes that lead to it', () => {
    const positions = layout(GRAPH);
    for (const edge of GRAPH.edges) {
      assert.ok(positions.get(edge.to).row > positions.get(edge.from).row, `${edge.from} -> ${edge.to}`);
    }

    assert.equal(positions.get('end').row, 3);
  });

  it('escapes labels and loads nothing from outside', () => {
    const html = renderGraphHtml(GRAPH, { nonce: 'abc' });
    assert.match(html, /send email &lt;b&gt;&quot;x&quot;&lt;\/b&gt;/);
    assert.doesNotMatch(html, /<b>/);
    assert.doesNotMatch(html, /https?:\/\//);
    assert.match(html, /default-src 'none'/);
    assert.match(html, /<script nonce="abc">/);
    assert.equal((html.match(/class="node /g) || []).length, 4);
    assert.equal((html.match(/class="edge"/g) || []).length, 4);
    assert.match(html, />yes</);
  });

  it('carries each node\'s place in the script for click-to-reveal', () => {
    const html = renderGraphHtml(GRAPH, { nonce: 'abc' });
    const target = /data-target="([^"]*)"/.exec(html)[1].replace(/&quot;/g, '"');
    assert.deepEqual(JSON.parse(target), { uri: 'file:///w/a.journey', range });
  });
});
