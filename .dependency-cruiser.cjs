// The rooms of shared/ and the way their doors open (docs/architecture.md, "The rooms"): each
// folder imports only the folders beneath it, never one above, and no import goes round in a
// circle. eslint.config.js keeps shared/, renderer/ and electron/ apart; this keeps shared/ in order.
// `npm run lint` runs both.

/** shared/'s folders from the bottom up. A folder may import those before it in this list. */
const LAYERS = [
  'platform', // errors, message catalogs, chunk containment, keyset paging, limits: knows no feature
  'runner', // the job runner, its catalog of jobs and its schemas: runs where there is no database (Electron's main)
  'db', // the HQ database: its tables, versions, migrations and the indexes it keeps
  'command', // what an HQ command is: defineCommand, the context its handler gets (each command is in its feature's commands/)
  'master-data', // items, tender types, currencies, countries, customer groups and attributes, parameters
  'configuration', // organization, number sequences, payment services, account structures, features
  'run-history', // the runs recorded in HQ, and Run history's pages
  'customers', // customers created offline: rules, search, Synchronize customers
  'orders', // HQ's transaction tables, order rules, Synchronize orders, Edit and audit
  'coupled-records', // HQ customers coupled with CRM accounts
  'channel', // the channel databases: their simulator, P-0001's upload, the 1010/1070/1110 downloads
  'import', // imported workspaces
  'pull', // workspaces pulled from a real HQ over OData, their refresh, and the connections they come from
  'export', // files out of the lists
  'store-financials', // the first screen's counts and chart
  'engine', // the HQ worker's engine: the registry of every command, its dispatcher, the jobs to their features
  'contracts', // what crosses a process boundary: the HQ worker's commands (built from the registry), the host API
  'demo', // the demo seeding
];

/** The one file of shared/command/ that names, by type, what the engine hands a handler. */
const COMMAND_CONTEXT = '^shared/command/command-context[.]ts$';
const folder = (name) => `^shared/${name}/`;
const above = (i) => `^shared/(${LAYERS.slice(i + 1).join('|')})/`;

module.exports = {
  forbidden: [
    ...LAYERS.slice(0, -1).filter((name) => name !== 'db').map((name) => ({
      name: `no-arrow-up-from-${name}`,
      comment: `shared/${name}/ may import only the folders beneath it (.dependency-cruiser.cjs, LAYERS).`,
      severity: 'error',
      from: { path: folder(name), ...(name === 'command' ? { pathNot: COMMAND_CONTEXT } : {}) },
      to: { path: above(LAYERS.indexOf(name)) },
    })),
    {
      name: 'the-command-context-names-its-services-by-type-only',
      comment: 'The context a handler is given names the services the engine hands it (a pull\'s reader of HQ) with `import type`; it imports no feature code.',
      severity: 'error',
      from: { path: COMMAND_CONTEXT },
      to: { path: above(LAYERS.indexOf('command')), dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'db-knows-the-features-by-type-only',
      comment: 'The database declares the tables and names their rows with `import type` from the features that own them; it imports no feature code.',
      severity: 'error',
      from: { path: folder('db'), pathNot: folder('db/migrations') },
      to: { path: above(LAYERS.indexOf('db')), dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'migrations-are-frozen',
      comment: 'A migration holds everything it needs as it was at its version: it imports dexie and earlier migrations, nothing else.',
      severity: 'error',
      from: { path: folder('db/migrations') },
      to: { pathNot: [folder('db/migrations'), '^node_modules/dexie/'] },
    },
    {
      name: 'only-the-demo-seeding-imports-the-demo',
      comment: 'shared/demo/ is the demo company and its seeding: rules read master data from the database, never from here.',
      severity: 'error',
      from: { pathNot: [folder('demo'), '^tests/', '^renderer/hq/hq-worker[.]ts$'] },
      to: { path: folder('demo') },
    },
    {
      name: 'no-circular',
      comment: 'No import goes round in a circle (type-only imports aside: they are erased before anything runs).',
      severity: 'error',
      from: { path: '^(shared|renderer|electron)/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'every-shared-folder-has-its-place',
      comment: 'A new folder of shared/ is placed in LAYERS, so the rules above know what it may import.',
      severity: 'error',
      from: { path: '^shared/', pathNot: `^shared/(${LAYERS.join('|')})/` },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|release|build|node_modules)/' },
  },
};
