/**
 * The one switch that lets a connection's environment be http on loopback (http://127.0.0.1:<port>):
 * the test servers of tests/support. It is read from the process's environment when the host starts
 * (Electron's main process, the browser host's server), never set from the page, and it never
 * loosens the sign-in authority, which is https always.
 */
export const LOOPBACK_HQ_VARIABLE = 'SYNC_CONSOLE_TEST_HQ_ON_LOOPBACK';
