// The layer rule of ARCHITECTURE.md, enforced: shared/ is runtime-free, renderer/ never
// reaches Electron or Node, electron/ never reaches React or the renderer. The order of the rooms
// inside shared/ (no arrow up, no cycle, the demo imported by its seeding alone) is
// .dependency-cruiser.cjs's, which `npm run lint` runs after this.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const node = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'http', 'https', 'net', 'worker_threads'];
const restrict = (packages, folders) => ({
  'no-restricted-imports': ['error', {
    patterns: [
      ...packages.map((p) => ({ group: [p, `${p}/*`], message: `the layer rule (ARCHITECTURE.md) forbids ${p} here` })),
      ...folders.map((f) => ({ group: [`**/${f}/**`, `**/${f}`], message: `the layer rule (ARCHITECTURE.md) forbids importing ${f}/ here` })),
    ],
  }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['shared/**/*.ts'], rules: restrict(['electron', 'electron-store', 'react', 'react-dom', '@mui', 'dexie-react-hooks', ...node], ['renderer', 'electron']) },
  { files: ['renderer/**/*.{ts,tsx}'], rules: restrict(['electron', 'electron-store', ...node], ['electron']) },
  // The HQ worker is the only writer: the window opens its databases only through handles that refuse writes (reading-handles.ts).
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/hq/hq-worker.ts', 'renderer/hq/reading-handles.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: 'NewExpression[callee.name=/^(HqDatabase|WorkspaceRegistry|Dexie)$/]',
        message: 'the window only reads its databases: open them through renderer/hq/reading-handles.ts, and write by a command to the HQ worker',
      }],
    },
  },
  { files: ['electron/**/*.ts'], rules: restrict(['react', 'react-dom', '@mui', 'dexie-react-hooks'], ['renderer']) },
  // The connector to HQ runs in Electron's main process and in the browser host's local server, which has no Electron.
  { files: ['electron/connector/**/*.ts'], rules: restrict(['react', 'react-dom', '@mui', 'dexie-react-hooks', 'electron', 'electron-store'], ['renderer', 'main']) },
);
