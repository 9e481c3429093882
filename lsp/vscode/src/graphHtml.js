'use strict';
// Draws a `journey/graph` result as a self-contained HTML page with an SVG flow chart: no
// scripts or styles from the network, so it works offline and inside VS Code's webview sandbox.
// Plain Node, so tests can render it without an editor.

const NODE_WIDTH = 220;
const NODE_HEIGHT = 40;
const GAP_X = 40;
const GAP_Y = 56;
const MARGIN = 24;

/**
 * Places nodes in rows: each node one row below the lowest node that leads to it, so every edge
 * points down; within a row, in the order the journey lists them.
 * @param {{ nodes: {id: string}[], edges: {from: string, to: string}[] }} graph
 * @returns {Map<string, {x: number, y: number, row: number, column: number}>}
 */
function layout(graph) {
  const rows = new Map(graph.nodes.map((n) => [n.id, 0]));
  // Longest path from the start; the graph has no cycles, so node-count rounds are enough.
  for (let round = 0; round < graph.nodes.length; round++) {
    let changed = false;
    for (const edge of graph.edges) {
      if (rows.has(edge.from) && rows.has(edge.to) && rows.get(edge.to) < rows.get(edge.from) + 1) {
        rows.set(edge.to, rows.get(edge.from) + 1);
        changed = true;
      }
    }

    if (!changed) {
      break;
    }
  }

  const columns = new Map();
  const positions = new Map();
  for (const node of graph.nodes) {
    const row = rows.get(node.id);
    const column = columns.get(row) || 0;
    columns.set(row, column + 1);
    positions.set(node.id, {
      row,
      column,
      x: MARGIN + column * (NODE_WIDTH + GAP_X),
      y: MARGIN + row * (NODE_HEIGHT + GAP_Y),
    });
  }

  return positions;
}

function escapeHtml(text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function shorten(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * @param {{ journey: string, uri: string, nodes: object[], edges: object[] }} graph
 * @param {{ nonce: string, cspSource?: string }} options the nonce allows the page's one script
 */
function renderGraphHtml(graph, options) {
  const positions = layout(graph);
  let width = 0;
  let height = 0;
  for (const p of positions.values()) {
    width = Math.max(width, p.x + NODE_WIDTH + MARGIN);
    height = Math.max(height, p.y + NODE_HEIGHT + MARGIN);
  }

  const edges = graph.edges
    .filter((e) => positions.has(e.from) && positions.has(e.to))
    .map((e) => {
      const from = positions.get(e.from);
      const to = positions.get(e.to);
      const x1 = from.x + NODE_WIDTH / 2;
      const y1 = from.y + NODE_HEIGHT;
      const x2 = to.x + NODE_WIDTH / 2;
      const y2 = to.y;
      const middle = (y1 + y2) / 2;
      const label = e.label
        ? `<text class="edge-label" x="${(x1 + x2) / 2 + 6}" y="${middle}">${escapeHtml(shorten(e.label, 28))}</text>`
        : '';
      return `<g class="edge"><path d="M${x1},${y1} C${x1},${middle} ${x2},${middle} ${x2},${y2}" marker-end="url(#arrow)"/>${label}</g>`;
    })
    .join('\n');

  const nodes = graph.nodes
    .map((n) => {
      const p = positions.get(n.id);
      const data = escapeHtml(JSON.stringify({ uri: n.uri, range: n.range }));
      return `<g class="node kind-${escapeHtml(n.kind)}" data-target="${data}" tabindex="0">` +
        `<title>${escapeHtml(n.label)}</title>` +
        `<rect x="${p.x}" y="${p.y}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="8"/>` +
        `<text x="${p.x + NODE_WIDTH / 2}" y="${p.y + NODE_HEIGHT / 2 + 4}">${escapeHtml(shorten(n.label, 30))}</text></g>`;
    })
    .join('\n');

  const nonce = escapeHtml(options.nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<title>Journey ${escapeHtml(graph.journey)}</title>
<style nonce="${nonce}">
  body { font-family: var(--vscode-font-family, sans-serif); color: var(--vscode-foreground, #222); }
  h1 { font-size: 1.1em; font-weight: 600; }
  .node rect { fill: var(--vscode-editorWidget-background, #f3f3f3); stroke: var(--vscode-editorWidget-border, #888); }
  .node text { text-anchor: middle; font-size: 12px; fill: currentColor; }
  .node { cursor: pointer; }
  .node:hover rect, .node:focus rect { stroke: var(--vscode-focusBorder, #0078d4); stroke-width: 2; }
  .kind-trigger rect, .kind-end rect { fill: var(--vscode-button-background, #0078d4); }
  .kind-trigger text, .kind-end text { fill: var(--vscode-button-foreground, #fff); }
  .kind-if rect, .kind-split rect, .kind-waitFor rect { stroke-dasharray: 4 2; }
  .kind-exit rect { stroke: var(--vscode-errorForeground, #c00); }
  .edge path { fill: none; stroke: var(--vscode-editorLineNumber-foreground, #999); stroke-width: 1.5; }
  .edge-label { font-size: 11px; fill: var(--vscode-descriptionForeground, #666); }
</style>
</head>
<body>
<h1>Journey <code>${escapeHtml(graph.journey)}</code>: ${graph.nodes.length} steps</h1>
<svg width="${width}" height="${height}" role="img" aria-label="Flow of journey ${escapeHtml(graph.journey)}">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="currentColor"/></marker></defs>
${edges}
${nodes}
</svg>
<script nonce="${nonce}">
  const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
  for (const node of document.querySelectorAll('.node')) {
    const reveal = () => vscode && vscode.postMessage({ type: 'reveal', target: JSON.parse(node.dataset.target) });
    node.addEventListener('click', reveal);
    node.addEventListener('keydown', (e) => { if (e.key === 'Enter') { reveal(); } });
  }
</script>
</body>
</html>
`;
}

module.exports = { renderGraphHtml, layout, escapeHtml };
