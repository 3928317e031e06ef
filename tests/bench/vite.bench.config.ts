import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The bench page (tests/bench/page), bundled like the app: the same worker format, so the HQ
// worker it starts is built exactly as the renderer's. run.ts chooses the output folder (a
// temporary one, so nothing of the bench can end up in dist/ and in the packaged app).
export default defineConfig({
  root: fileURLToPath(new URL('./page', import.meta.url)),
  base: './',
  // As vite.config.ts defines it, in case anything the worker imports ever shows the version.
  define: { __APP_VERSION__: JSON.stringify('bench') },
  worker: { format: 'es' },
  logLevel: 'warn',
  build: { emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
});
