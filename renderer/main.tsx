import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { CssBaseline, ThemeProvider } from '@mui/material';
import { CacheProvider } from '@emotion/react';
import i18next from 'i18next';
import { defaultSettings } from '../shared/contracts/host-api';
import { HqDatabase } from '../shared/db/hq-database';
import { openFailure } from '../shared/db/open-hq-database';
import { demoWorkspace, findWorkspace, WorkspaceRegistry } from '../shared/db/workspace-registry';
import { App } from './app/App';
import { isScreen } from './app/screens';
import { StartupScreen } from './app/StartupScreen';
import { theme } from './app/theme';
import { nonceStyleCache, pageStyleNonce, themeWithStyleNonce } from './app/style-cache';
import { startHqWorker } from './hq/hq-client';
import { ServicesProvider } from './hq/hq-context';
import { currentHost, startupSettings } from './host/current-host';
import { initI18n } from './i18n/i18n';

const root = createRoot(document.getElementById('root')!);
const styleNonce = pageStyleNonce();
const styleCache = nonceStyleCache(styleNonce);
const pageTheme = themeWithStyleNonce(theme, styleNonce);
const render = (content: ReactNode) =>
  root.render(
    <StrictMode>
      <CacheProvider value={styleCache}>
        <ThemeProvider theme={pageTheme}>
          <CssBaseline />
          {content}
        </ThemeProvider>
      </CacheProvider>
    </StrictMode>,
  );

await initI18n(defaultSettings.language);
render(<StartupScreen error={null} />);
try {
  const settings = await startupSettings();
  // The workspace chosen last time; the demo if it is gone (deleted, or its import never finished).
  const registry = new WorkspaceRegistry();
  const workspace = (await findWorkspace(registry, settings.workspaceId)) ?? demoWorkspace;
  const hq = startHqWorker({ databaseName: workspace.databaseName, readOnly: workspace.kind === 'import' });
  await hq.ready;
  // Only the window whose worker holds the database hosts the runner (in the browser host) and
  // carries out its runs, so a second tab can neither run jobs nor overwrite the schedules.
  const host = await currentHost();
  host.serveRuns((run) => hq.execute({ type: 'runJob', ...run }));
  if (settings.language !== i18next.language) await i18next.changeLanguage(settings.language);
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
