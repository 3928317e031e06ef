import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CssBaseline, ThemeProvider } from '@mui/material';
import { HqDatabase } from '../shared/db/hq-database';
import { App } from './app/App';
import { isScreen } from './app/screens';
import { StartupGate } from './app/StartupGate';
import { startHqWorker } from './hq/hq-client';
import { ServicesProvider } from './hq/hq-context';
import { currentHost } from './host/current-host';
import { initI18n } from './i18n/i18n';
import { theme } from './app/theme';

const host = await currentHost();
const hq = startHqWorker();
// The job runner (in main, or in this page) carries out its runs through this window's HQ worker.
void hq.ready.then(() => host.serveRuns((run) => hq.execute({ type: 'runJob', ...run })));
const services = { db: new HqDatabase(), hq, host };
const settings = await host.getSettings();
await initI18n(settings.language);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <ServicesProvider services={services}>
        <StartupGate>
          <App initialScreen={isScreen(settings.lastScreen) ? settings.lastScreen : 'online-transactions'} />
        </StartupGate>
      </ServicesProvider>
    </ThemeProvider>
  </StrictMode>,
);
