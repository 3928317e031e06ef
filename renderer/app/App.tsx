import { lazy, Suspense, useEffect, useRef } from 'react';
import { AppBar, Box, Drawer, LinearProgress, List, ListItem, ListItemButton, ListItemText, ListSubheader, Toolbar, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useServices } from '../hq/hq-context';
import { screenHref, type ScreenId } from './screens';
import { useHashScreen } from './use-hash-screen';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';
import { ImportSessionProvider } from '../screens/import/import-session';
import { RefreshSessionProvider } from '../screens/pull/refresh-session';
import { RefreshStatus } from '../screens/pull/RefreshStatus';
import { ImportedWorkspaceBanner } from './ImportedWorkspaceBanner';
import { NewerDatabaseBanner } from './NewerDatabaseBanner';
import { StorageFullBanner } from './StorageFullBanner';
import { useMenuCommands } from './use-menu-commands';
import { WindowFileDrop } from './WindowFileDrop';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';
import { SettingsButton } from './SettingsButton';
import { TellMe } from './TellMe';
import { SkipLink } from './SkipLink';
import { LeaveDialog } from './LeaveDialog';
import { BackLink } from './BackLink';
import { useNavigationFocus } from './use-navigation-focus';
import { HandoverNotice } from './HandoverNotice';

const DRAWER_WIDTH = 260;
const MAIN_HEADING = 'main-heading';

// Each screen is its own chunk, loaded when first opened: the first screen does not wait for the
// code of the other twelve (nor for MUI X, where it does not use a grid).
const WorkspaceScreen = lazy(() => import('../screens/store-financials/WorkspaceScreen').then((m) => ({ default: m.WorkspaceScreen })));
const TransactionsScreen = lazy(() => import('../screens/orders/TransactionsScreen').then((m) => ({ default: m.TransactionsScreen })));
const CustomerSyncStatusScreen = lazy(() => import('../screens/customers/CustomerSyncStatusScreen').then((m) => ({ default: m.CustomerSyncStatusScreen })));
const FeatureManagementScreen = lazy(() => import('../screens/configuration/FeatureManagementScreen').then((m) => ({ default: m.FeatureManagementScreen })));
const ChannelDatabasesScreen = lazy(() => import('../screens/channel/ChannelDatabasesScreen').then((m) => ({ default: m.ChannelDatabasesScreen })));
const DistributionScheduleScreen = lazy(() => import('../screens/runner/DistributionScheduleScreen').then((m) => ({ default: m.DistributionScheduleScreen })));
const BatchJobsScreen = lazy(() => import('../screens/runner/BatchJobsScreen').then((m) => ({ default: m.BatchJobsScreen })));
const RunHistoryScreen = lazy(() => import('../screens/run-history/RunHistoryScreen').then((m) => ({ default: m.RunHistoryScreen })));
const UploadSessionsScreen = lazy(() => import('../screens/channel/UploadSessionsScreen').then((m) => ({ default: m.UploadSessionsScreen })));
const NumberSequencesScreen = lazy(() => import('../screens/configuration/NumberSequencesScreen').then((m) => ({ default: m.NumberSequencesScreen })));
const PaymentServicesScreen = lazy(() => import('../screens/configuration/PaymentServicesScreen').then((m) => ({ default: m.PaymentServicesScreen })));
const AccountStructuresScreen = lazy(() => import('../screens/configuration/AccountStructuresScreen').then((m) => ({ default: m.AccountStructuresScreen })));
const CoupledSyncErrorsScreen = lazy(() => import('../screens/coupled-records/CoupledSyncErrorsScreen').then((m) => ({ default: m.CoupledSyncErrorsScreen })));
const CoupledCustomersScreen = lazy(() => import('../screens/coupled-records/CoupledCustomersScreen').then((m) => ({ default: m.CoupledCustomersScreen })));
const HqConnectionsScreen = lazy(() => import('../screens/pull/HqConnectionsScreen').then((m) => ({ default: m.HqConnectionsScreen })));
const ImportScreen = lazy(() => import('../screens/import/ImportScreen').then((m) => ({ default: m.ImportScreen })));

const navigation: { section: 'workspaces' | 'channels' | 'jobs' | 'integration' | 'setup' | 'audit'; items: { screen: ScreenId; label: string }[] }[] = [
  { section: 'workspaces', items: [{ screen: 'workspace', label: 'workspace' }] },
  {
    section: 'channels',
    items: [
      { screen: 'online-transactions', label: 'onlineTransactions' },
      { screen: 'store-transactions', label: 'storeTransactions' },
      { screen: 'customer-sync-status', label: 'customerSyncStatus' },
      { screen: 'channel-databases', label: 'channelDatabases' },
    ],
  },
  {
    section: 'jobs',
    items: [
      { screen: 'distribution-schedule', label: 'distributionSchedule' },
      { screen: 'batch-jobs', label: 'batchJobs' },
      { screen: 'run-history', label: 'runHistory' },
      { screen: 'upload-sessions', label: 'uploadSessions' },
    ],
  },
  {
    section: 'integration',
    items: [
      { screen: 'coupled-sync-errors', label: 'coupledSyncErrors' },
      { screen: 'coupled-customers', label: 'coupledCustomers' },
    ],
  },
  {
    section: 'setup',
    items: [
      { screen: 'number-sequences', label: 'numberSequences' },
      { screen: 'payment-services', label: 'paymentServices' },
      { screen: 'account-structures', label: 'accountStructures' },
      { screen: 'feature-management', label: 'featureManagement' },
    ],
  },
  {
    section: 'audit',
    items: [{ screen: 'import', label: 'import' }, { screen: 'hq-connections', label: 'hqConnections' }],
  },
];

function Screen({ id }: { id: ScreenId }) {
  switch (id) {
    case 'workspace':
      return <WorkspaceScreen />;
    // Keyed by channel: the two screens must not share filters, selection or the open transaction.
    case 'online-transactions':
      return <TransactionsScreen key="online" kind="online" />;
    case 'store-transactions':
      return <TransactionsScreen key="pos" kind="pos" />;
    case 'customer-sync-status':
      return <CustomerSyncStatusScreen />;
    case 'feature-management':
      return <FeatureManagementScreen />;
    case 'channel-databases':
      return <ChannelDatabasesScreen />;
    case 'distribution-schedule':
      return <DistributionScheduleScreen />;
    case 'batch-jobs':
      return <BatchJobsScreen />;
    case 'run-history':
      return <RunHistoryScreen />;
    case 'upload-sessions':
      return <UploadSessionsScreen />;
    case 'number-sequences':
      return <NumberSequencesScreen />;
    case 'payment-services':
      return <PaymentServicesScreen />;
    case 'account-structures':
      return <AccountStructuresScreen />;
    case 'import':
      return <ImportScreen />;
    case 'hq-connections':
      return <HqConnectionsScreen />;
    case 'coupled-sync-errors':
      return <CoupledSyncErrorsScreen />;
    case 'coupled-customers':
      return <CoupledCustomersScreen />;
  }
}

export function App({ initialScreen }: { initialScreen: ScreenId }) {
  return <ImportSessionProvider><RefreshSessionProvider><AppFrame initialScreen={initialScreen} /></RefreshSessionProvider></ImportSessionProvider>;
}

function AppFrame({ initialScreen }: { initialScreen: ScreenId }) {
  const { t } = useTranslation();
  const { host } = useServices();
  const screen = useHashScreen(initialScreen);
  useMenuCommands();
  // A sync-console:// link the OS handed the desktop app opens its screen and record here.
  useEffect(() => host.onOpenLink((hash) => {
    window.location.hash = hash;
  }), [host]);
  useEffect(() => {
    void host.updateSettings({ lastScreen: screen });
  }, [host, screen]);
  const title = navigation.flatMap((s) => s.items).find((i) => i.screen === screen)!.label;
  const heading = useRef<HTMLHeadingElement>(null);
  useNavigationFocus(heading);

  return (
    <Box sx={{ display: 'flex', height: '100vh' }}>
      <SkipLink targetId={MAIN_HEADING} />
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar variant="dense">
          <Typography variant="h6" component="div" sx={{ flexGrow: 1 }}>{t('app.title')}</Typography>
          <TellMe />
          <WorkspaceSwitcher />
          <SettingsButton />
        </Toolbar>
      </AppBar>
      <Drawer variant="permanent" sx={{ width: DRAWER_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' } }}>
        <Toolbar variant="dense" />
        <Box component="nav" aria-label={t('app.title')} sx={{ overflow: 'auto' }}>
          {navigation.map(({ section, items }) => (
            <List key={section} dense subheader={<ListSubheader>{t(`nav.${section}`)}</ListSubheader>}>
              {items.map((item) => (
                <ListItem key={item.screen} disablePadding>
                  <ListItemButton component="a" href={screenHref(item.screen)} selected={item.screen === screen}
                    aria-current={item.screen === screen ? 'page' : undefined}>
                    <ListItemText primary={t(`nav.${item.label}`)} />
                  </ListItemButton>
                </ListItem>
              ))}
            </List>
          ))}
        </Box>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, p: 2, overflow: 'auto', display: 'flex', flexDirection: 'column', minWidth: 0 }}>
        <Toolbar variant="dense" />
        <ImportedWorkspaceBanner />
        <NewerDatabaseBanner />
        <StorageFullBanner />
        <RefreshStatus />
        <Typography variant="h5" component="h1" id={MAIN_HEADING} ref={heading} tabIndex={-1} sx={{ mb: 1.5 }}>{t(`nav.${title}`)}</Typography>
        <BackLink />
        <ScreenErrorBoundary key={screen}>
          <Suspense fallback={<LinearProgress aria-label={t('app.loadingScreen')} />}><Screen id={screen} /></Suspense>
        </ScreenErrorBoundary>
      </Box>
      <WindowFileDrop />
      <LeaveDialog />
      <HandoverNotice />
    </Box>
  );
}
