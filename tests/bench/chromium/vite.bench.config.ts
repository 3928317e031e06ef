import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The bench page, built like the app (same worker bundling) into dist/bench.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  define: { __APP_VERSION__: JSON.stringify('bench') },
  worker: { format: 'es' },
  logLevel: 'warn',
  build: { outDir: fileURLToPath(new URL('../../../dist/bench', import.meta.url)), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
});
