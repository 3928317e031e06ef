import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultSettings } from '../shared/contracts/host-api';
import { openFailure } from '../shared/db/open-hq-database';
import { demoWorkspace, findWorkspace } from '../shared/db/workspace-registry';
import { App } from './app/App';
import { isScreen } from './app/screens';
import { StartupScreen } from './app/StartupScreen';
import { AppTheme } from './app/AppTheme';
import { pageStyleNonce } from './app/style-cache';
import { startHqWorker, WriterElsewhereError } from './hq/hq-client';
import { ServicesProvider } from './hq/hq-context';
import { readingHqDatabase, readingWorkspaceRegistry } from './hq/reading-handles';
import { currentHost, startupSettings } from './host/current-host';
import { initI18n } from './i18n/i18n';
import { WriterHandover, type HandoverAnswer } from './hq/writer-handover';
import { HandoverScreen } from './app/HandoverScreen';
import { tellAskedWhileUnsaved } from './app/HandoverNotice';
import { unsavedEntries } from './app/unsaved-changes';
import { resolveLanguage } from './i18n/languages';

// The settings come first, so that even the startup screen is in the user's language and scheme.
const settings = await startupSettings().catch(() => defaultSettings);
await initI18n(resolveLanguage(settings.language, navigator.languages));

const root = createRoot(document.getElementById('root')!);
const styleNonce = pageStyleNonce();
const render = (content: ReactNode) =>
  root.render(
    <StrictMode>
      <AppTheme colorScheme={settings.colorScheme} styleNonce={styleNonce}>{content}</AppTheme>
    </StrictMode>,
  );

const handover = new WriterHandover();
/** sessionStorage: when this tab handed its work to another window (it then shows where the work went). */
const MOVED_AT = 'sync-console.workMovedAt';

const LOCK_TAKEN_MS = 2000;

/** Opens the workspace here, as the writer: starts the HQ worker (which takes the writer lock) and the app. */
async function start(): Promise<void> {
  render(<StartupScreen error={null} />);
  try {
    // The workspace chosen last time; the demo if it is gone (deleted, or its import never finished).
    const registry = readingWorkspaceRegistry();
    const workspace = (await findWorkspace(registry, settings.workspaceId)) ?? demoWorkspace;
    // Asked at once, beside the worker's wait for the lock: a window that answers is the writer, and
    // this one offers to take the work over; no answer (a reloaded page's old worker letting go)
    // costs nothing, as the worker gets the lock once it is free.
    const writerElsewhere = (await handover.lockHeld()) ? handover.findWriter() : Promise.resolve(null);
    const hq = startHqWorker({ databaseName: workspace.databaseName, readOnly: workspace.kind === 'import' });
    const ready = hq.ready.then(() => null);
    if ((await Promise.race([ready, writerElsewhere.then((writer) => writer ?? ready)])) !== null) {
      hq.terminate();
      render(<HandoverScreen movedAt={null} take={takeTheWork} />);
      return;
    }
    // Another window may ask for the work: it gets it unless values typed here are not saved yet.
    handover.serve(async () => {
      const unsaved = unsavedEntries();
      if (unsaved.length > 0) {
        tellAskedWhileUnsaved();
        return unsaved.map((entry) => entry.label);
      }
      await hq.release();
      return null;
    }, () => {
      sessionStorage.setItem(MOVED_AT, new Date().toISOString());
      // A fresh page: no runner ticking, no worker, no screen that could still send a command.
      window.location.reload();
    });
    // Only the window whose worker holds the database hosts the runner (in the browser host) and
    // carries out its runs, so a second tab can neither run jobs nor overwrite the schedules.
    const host = await currentHost();
    // The worker's pulls read HQ through this page's host (IPC to the main process, or the browser host's server).
    if (host.hq) hq.hqReader = host.hq.read;
    host.serveRuns((run) => hq.execute({ type: 'runJob', ...run }));
    render(
      <ServicesProvider services={{ db: readingHqDatabase(workspace.databaseName), hq, host, workspace, registry }}>
        <App initialScreen={isScreen(settings.lastScreen) ? settings.lastScreen : 'workspace'} />
      </ServicesProvider>,
    );
  } catch (error) {
    // Another window is the writer after all (it did not answer in time: busy, or still starting).
    if (error instanceof WriterElsewhereError) {
      render(<HandoverScreen movedAt={null} take={takeTheWork} />);
      return;
    }
    // The registry is read here first: storage missing altogether (private browsing) is said in words.
    const reason = openFailure(error);
    render(<StartupScreen error={reason instanceof Error ? reason.message : String(reason)} />);
  }
}

/** Moves the work here from the window that has it (or just starts, if none has it any more). */
async function takeTheWork(): Promise<HandoverAnswer> {
  let answer: HandoverAnswer = { kind: 'handedOver' };
  if (await handover.lockHeld()) {
    const writer = await handover.findWriter();
    answer = writer ? await handover.requestWork(writer) : { kind: 'noAnswer' };
  }
  if (answer.kind === 'handedOver') {
    sessionStorage.removeItem(MOVED_AT);
    void start();
  }
  return answer;
}

// A second tab or window offers to take the work rather than opening a second writer (start).
// This one, just reloaded after handing its work over, says where the work went, unless the window
// that took it is gone (the lock free): then it simply starts again.
const movedAt = sessionStorage.getItem(MOVED_AT);
if (movedAt !== null && await handover.lockHeldWithin(LOCK_TAKEN_MS)) {
  render(<HandoverScreen movedAt={movedAt} take={takeTheWork} />);
} else {
  sessionStorage.removeItem(MOVED_AT);
  void start();
}
