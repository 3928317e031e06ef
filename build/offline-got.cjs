// Loaded with --require before Electronegativity: its HTTP client ('got') answers every request
// with a failure at once, so the scan makes no network request (it then uses its bundled English
// texts). Nothing else is changed.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a --require preload is CommonJS by nature
const Module = require('node:module');
const load = Module._load;
const offline = () => Promise.reject(new Error('offline: the security scan makes no network requests'));
offline.head = offline;
Module._load = function loadOffline(request, ...rest) {
  return request === 'got' ? Object.assign(offline, { default: offline }) : load.call(this, request, ...rest);
};
