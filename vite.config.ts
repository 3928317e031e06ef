import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is built once and served by both hosts: Electron's app:// protocol and the
// browser host (npm run web). Relative base so the same files work under either origin.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: { outDir: '../dist/renderer', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2500 },
});
