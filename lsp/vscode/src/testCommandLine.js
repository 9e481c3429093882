'use strict';
// The shell line that runs journey tests, quoted for a POSIX shell or PowerShell alike.

/** Single-quotes a word; a single quote inside is doubled (PowerShell) or closed and escaped (sh). */
function quote(word, platform = process.platform) {
  if (/^[A-Za-z0-9_./:@=-]+$/.test(word)) {
    return word;
  }

  return platform === 'win32' ? `'${word.replace(/'/g, "''")}'` : `'${word.replace(/'/g, "'\\''")}'`;
}

/**
 * `ma test <folder> [--filter <test name>]`.
 * @param {string} cli the command that runs `ma`, possibly several words
 * @param {string} folder the workspace folder
 * @param {string} [testName] one test to run
 */
function testCommandLine(cli, folder, testName, platform = process.platform) {
  const words = [cli, 'test', quote(folder, platform)];
  if (testName) {
    words.push('--filter', quote(testName, platform));
  }

  return words.join(' ');
}

module.exports = { testCommandLine, quote };
