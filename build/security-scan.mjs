// Runs Doyensec's Electronegativity over the Electron sources and the page (its CSP), and fails
// on any finding of medium severity or higher that build/electronegativity-accepted.json does not
// list with its reason (docs/security.md). Part of npm test.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const cli = require.resolve('@doyensec/electronegativity/dist/index.js');
const GATING = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

// Only what ships: the main process and preload sources, the page, and package.json (for the Electron version).
const stage = await mkdtemp(path.join(tmpdir(), 'electronegativity-'));
try {
  await cp(path.join(root, 'electron'), path.join(stage, 'electron'), { recursive: true });
  await cp(path.join(root, 'renderer', 'index.html'), path.join(stage, 'index.html'));
  await cp(path.join(root, 'package.json'), path.join(stage, 'package.json'));
  const report = path.join(stage, 'report.csv');
  // The tool would fetch translations and Electron's release list; CI has no network, and the
  // release check is replaced by the pinned current Electron (docs/security.md).
  execFileSync(process.execPath, ['--require', path.join(root, 'build', 'offline-got.cjs'), cli, '-i', stage, '-r', '-o', report, '-x', 'AvailableSecurityFixesGlobalCheck'], { stdio: 'pipe' });
  const { data } = Papa.parse((await readFile(report, 'utf8')).trim(), { header: true, skipEmptyLines: true, transformHeader: (h) => h.trim() });
  const accepted = JSON.parse(await readFile(path.join(root, 'build', 'electronegativity-accepted.json'), 'utf8'));
  const isAccepted = (f) => accepted.some((a) => a.check === f.issue && a.file === f.filename && f.sample.includes(a.sample));
  const gating = data.filter((f) => GATING.has(f.severity));
  const refused = gating.filter((f) => !isAccepted(f));
  for (const f of data) console.log(`${isAccepted(f) ? 'accepted' : GATING.has(f.severity) ? 'FAILED  ' : 'low     '} ${f.severity.padEnd(8)} ${f.issue} ${f.filename}:${f.location} ${f.sample}`);
  if (refused.length > 0) {
    console.error(`Electronegativity: ${refused.length} finding(s) of medium severity or higher are not accepted in build/electronegativity-accepted.json.`);
    process.exitCode = 1;
  } else {
    console.log(`Electronegativity: ${data.length} finding(s), ${gating.length} of medium severity or higher, each accepted with its reason.`);
  }
} finally {
  await rm(stage, { recursive: true, force: true });
}
