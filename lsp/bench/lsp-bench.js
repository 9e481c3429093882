'use strict';
// Load benchmark of the journey language server, as an editor drives it: a copy of the shop
// workspace plus one generated 2,000-line file, the real server process over stdio.
// Measures startup to first diagnostics, didChange to publishDiagnostics, completion, hover and
// rename latency (p50/p95), and the server's memory. Run after `dotnet build -c Release`:
//
//   node lsp/bench/lsp-bench.js [iterations]
//
// Prints a table; numbers depend on the machine (the notes quote a 2-core one).

const fs = require('fs');
const os = require('os');
const path = require('path');
const { LspClient, REPOSITORY, endOf, positionOf } = require('../vscode/test/helpers/lspClient');

const ITERATIONS = Number(process.argv[2] || 40);

function bigFile(lines) {
  const blocks = [];
  for (let i = 0; blocks.join('\n').split('\n').length < lines; i++) {
    blocks.push([
      `template email bench_t${i} {`,
      `  subject "Hello {{ contact.first_name }}, number ${i}"`,
      `  body    "Body ${i}"`,
      '}',
      '',
      `journey bench_j${i} {`,
      '  when signed_up',
      '  entry once',
      '  goal order_placed within 30d',
      `  send email bench_t${i}`,
      '  wait 2d',
      `  if opened(bench_t${i}) and contact.country in ["PL", "DE"] {`,
      '    send email welcome_1',
      '  } else {',
      '    send sms welcome_sms',
      '  }',
      '}',
      '',
    ].join('\n'));
  }

  return blocks.join('\n');
}

function copy(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      copy(source, target);
    } else {
      fs.copyFileSync(source, target);
    }
  }
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function memoryOf(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name) => Number((new RegExp(`${name}:\\s+(\\d+) kB`).exec(status) || [0, 0])[1]) / 1024;
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

async function time(action) {
  const start = process.hrtime.bigint();
  await action();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function main() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-bench-'));
  const shop = path.join(root, 'shop');
  copy(path.join(REPOSITORY, 'examples', 'shop'), shop);
  const text = bigFile(2000);
  const bigPath = path.join(shop, 'big.journey');
  fs.writeFileSync(bigPath, text);
  const lineCount = text.split('\n').length;

  const started = process.hrtime.bigint();
  const client = new LspClient();
  const results = [];
  try {
    await client.initialize(root);
    const bigUri = require('url').pathToFileURL(bigPath).href;
    await client.waitForDiagnostics(bigUri, () => true, 120000);
    const startup = Number(process.hrtime.bigint() - started) / 1e6;
    results.push(['startup to first diagnostics (2,000-line file)', startup, startup]);

    const uri = await client.open(bigPath, text);
    const target = positionOf(text, 'send email bench_t50\n', 'send email bench_t50'.length);

    // didChange -> publishDiagnostics: every edit adds or removes an unknown-template error, so
    // every edit changes the diagnostics and is published (the server's short debounce is included).
    const publish = [];
    for (let i = 0; i < ITERATIONS; i++) {
      const broken = i % 2 === 0;
      const wanted = (d) => d.some((x) => x.code === 'MA2005') === broken;
      publish.push(await time(async () => {
        const edit = broken
          ? { range: { start: target, end: target }, text: 'x' }
          : { range: { start: target, end: { line: target.line, character: target.character + 1 } }, text: '' };
        const version = await client.change(uri, [edit]);
        await client.waitForDiagnostics(uri, (d, p) => p.version >= version && wanted(d), 60000);
      }));
    }

    results.push(['didChange -> publishDiagnostics (incl. debounce)', percentile(publish, 50), percentile(publish, 95)]);

    const request = async (label, method, params) => {
      const samples = [];
      for (let i = 0; i < ITERATIONS; i++) {
        samples.push(await time(() => client.request(method, params(i), 60000)));
      }

      results.push([label, percentile(samples, 50), percentile(samples, 95)]);
    };

    const completionAt = positionOf(text, 'send email bench_t60', 'send email '.length);
    await request('completion (model up to date)', 'textDocument/completion', () => ({ textDocument: { uri }, position: completionAt }));
    await request('hover (model up to date)', 'textDocument/hover', () => ({ textDocument: { uri }, position: positionOf(text, 'bench_t70', 2) }));
    await request('rename across the workspace', 'textDocument/rename', () => ({ textDocument: { uri }, position: positionOf(text, 'welcome_1', 2), newName: 'welcome_first' }));

    // Typing: an edit, then at once a completion that must see it (the model is rebuilt first).
    const typed = [];
    let line = lineCount;
    for (let i = 0; i < ITERATIONS; i++) {
      const at = { line: line - 1, character: 0 };
      typed.push(await time(async () => {
        await client.change(uri, [{ range: { start: at, end: at }, text: `connection c${i}\n` }]);
        await client.request('textDocument/completion', { textDocument: { uri }, position: { line: line - 1, character: 11 } }, 60000);
      }));
      line++;
    }

    results.push(['didChange + completion (rebuilds the model)', percentile(typed, 50), percentile(typed, 95)]);
    const memory = memoryOf(client.process.pid);
    console.log(`journey language server benchmark: ${lineCount}-line file + ${fs.readdirSync(shop).filter((f) => f.endsWith('.journey')).length - 1} example files, ${ITERATIONS} iterations, ${os.cpus().length} cores`);
    console.log('| measurement | p50 ms | p95 ms |');
    console.log('| --- | ---: | ---: |');
    for (const [label, p50, p95] of results) {
      console.log(`| ${label} | ${p50.toFixed(1)} | ${p95.toFixed(1)} |`);
    }

    console.log(`| server memory: resident now / peak (MiB) | ${memory.rss.toFixed(0)} | ${memory.peak.toFixed(0)} |`);
    await client.shutdown();
  } finally {
    client.kill();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
