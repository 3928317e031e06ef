// Bundles the Electron main process and preload into dist/electron, one CommonJS file each.
// Everything but electron itself is bundled: electron-store is ESM-only, and a sandboxed
// preload can require nothing except 'electron'.
import { build } from 'esbuild';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const entries = [
  // The main process is Node: its built-in modules stay plain require() calls.
  { entry: 'electron/main/main.ts', outfile: 'dist/electron/main.cjs', mayRequire: (p) => p === 'electron' || isNodeBuiltin(p) },
  { entry: 'electron/preload/preload.ts', outfile: 'dist/electron/preload.cjs', mayRequire: (p) => p === 'electron' },
];

for (const { entry, outfile, mayRequire } of entries) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22', // the Node of Electron 39
    external: ['electron'],
    metafile: true,
    logLevel: 'warning',
  });
  // Warnings here are real bugs: e.g. "import.meta is not available" means a dependency would
  // get undefined at runtime in CommonJS.
  if (result.warnings.length > 0) throw new Error(`${entry}: esbuild warnings (see above)`);
  const stray = Object.values(result.metafile.outputs)
    .flatMap((output) => output.imports)
    .filter((i) => i.external && !mayRequire(i.path));
  if (stray.length > 0) throw new Error(`${entry}: would require at runtime, which fails there: ${stray.map((i) => i.path).join(', ')}`);
  console.log(`built ${outfile}`);
}

function isNodeBuiltin(specifier) {
  return specifier.startsWith('node:') || builtinModules.includes(specifier);
}
