import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { defaultSettings } from '../shared/contracts/host-api';
import { HqDatabase } from '../shared/db/hq-database';
import { openFailure } from '../shared/db/open-hq-database';
import { demoWorkspace, findWorkspace, WorkspaceRegistry } from '../shared/db/workspace-registry';
import { App } from './app/App';
import { isScreen } from './app/screens';
import { StartupScreen } from './app/StartupScreen';
import { AppTheme } from './app/AppTheme';
import { pageStyleNonce } from './app/style-cache';
import { startHqWorker } from './hq/hq-client';
import { ServicesProvider } from './hq/hq-context';
import { currentHost, startupSettings } from './host/current-host';
import { initI18n } from './i18n/i18n';
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

render(<StartupScreen error={null} />);
try {
  // The workspace chosen last time; the demo if it is gone (deleted, or its import never finished).
  const registry = new WorkspaceRegistry();
  const workspace = (await findWorkspace(registry, settings.workspaceId)) ?? demoWorkspace;
  const hq = startHqWorker({ databaseName: workspace.databaseName, readOnly: workspace.kind === 'import' });
  await hq.ready;
  // Only the window whose worker holds the database hosts the runner (in the browser host) and
  // carries out its runs, so a second tab can neither run jobs nor overwrite the schedules.
  const host = await currentHost();
  host.serveRuns((run) => hq.execute({ type: 'runJob', ...run }));
  render(
    <ServicesProvider services={{ db: new HqDatabase(workspace.databaseName), hq, host, workspace, registry }}>
      <App initialScreen={isScreen(settings.lastScreen) ? settings.lastScreen : 'workspace'} />
    </ServicesProvider>,
  );
} catch (error) {
  // The registry is read here first: storage missing altogether (private browsing) is said in words.
  const reason = openFailure(error);
  render(<StartupScreen error={reason instanceof Error ? reason.message : String(reason)} />);
}
