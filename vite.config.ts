import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { withStyleNonce } from './shared/platform/style-nonce.ts';
import { localHqApi } from './electron/connector/local-hq-api.ts';
import { browserHostConnector } from './electron/connector/browser-host-connector.ts';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The renderer is built once and served by both hosts: Electron's app:// protocol and the
// browser host (npm run web). Relative base so the same files work under either origin.
/** The browser host serves the page as Electron's app:// does: with a fresh style nonce for each load. */
const styleNoncePerLoad: Plugin = {
  name: 'style-nonce-per-load',
  configurePreviewServer(server) {
    const page = path.resolve(server.config.root, server.config.build.outDir, 'index.html');
    server.middlewares.use((request, response, next) => {
      const pathname = new URL(request.url ?? '/', 'http://host').pathname;
      if (pathname !== '/' && pathname !== '/index.html') return next();
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.setHeader('cache-control', 'no-store');
      response.end(withStyleNonce(readFileSync(page, 'utf8')));
    });
  },
};

/** The browser host reaches HQ through its own server, with the connector Electron's main process runs (electron/connector). */
const localHq: Plugin = {
  name: 'local-hq',
  configurePreviewServer(server) {
    server.middlewares.use(localHqApi(browserHostConnector()));
  },
};

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), styleNoncePerLoad, localHq],
  define: { __APP_VERSION__: JSON.stringify(version) },
  worker: { format: 'es' },
  build: { outDir: '../dist/renderer', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2500 },
});
