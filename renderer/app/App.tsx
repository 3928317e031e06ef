import { useEffect } from 'react';
import { AppBar, Box, Drawer, List, ListItemButton, ListItemText, ListSubheader, Toolbar, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useServices } from '../hq/hq-context';
import { screenHref, type ScreenId } from './screens';
import { useHashScreen } from './use-hash-screen';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';
import { TransactionsScreen } from '../screens/transactions/TransactionsScreen';
import { CustomerSyncStatusScreen } from '../screens/customer-sync-status/CustomerSyncStatusScreen';
import { FeatureManagementScreen } from '../screens/feature-management/FeatureManagementScreen';
import { ChannelDatabasesScreen } from '../screens/channel-databases/ChannelDatabasesScreen';
import { DistributionScheduleScreen } from '../screens/distribution-schedule/DistributionScheduleScreen';
import { BatchJobsScreen } from '../screens/batch-jobs/BatchJobsScreen';
import { RunHistoryScreen } from '../screens/run-history/RunHistoryScreen';
import { UploadSessionsScreen } from '../screens/upload-sessions/UploadSessionsScreen';
import { NumberSequencesScreen } from '../screens/number-sequences/NumberSequencesScreen';
import { PaymentServicesScreen } from '../screens/payment-services/PaymentServicesScreen';
import { AccountStructuresScreen } from '../screens/account-structures/AccountStructuresScreen';
import { ImportScreen } from '../screens/import/ImportScreen';
import { ImportSessionProvider } from '../screens/import/import-session';
import { ImportedWorkspaceBanner } from './ImportedWorkspaceBanner';
import { useMenuCommands } from './use-menu-commands';
import { WindowFileDrop } from './WindowFileDrop';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';

const DRAWER_WIDTH = 260;

const navigation: { section: 'channels' | 'jobs' | 'setup' | 'audit'; items: { screen: ScreenId; label: string }[] }[] = [
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
    items: [{ screen: 'import', label: 'import' }],
  },
];

function Screen({ id }: { id: ScreenId }) {
  switch (id) {
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
  }
}

export function App({ initialScreen }: { initialScreen: ScreenId }) {
  return <ImportSessionProvider><AppFrame initialScreen={initialScreen} /></ImportSessionProvider>;
}

function AppFrame({ initialScreen }: { initialScreen: ScreenId }) {
  const { t } = useTranslation();
  const { host } = useServices();
  const screen = useHashScreen(initialScreen);
  useMenuCommands();
  useEffect(() => {
    void host.updateSettings({ lastScreen: screen });
  }, [host, screen]);
  const title = navigation.flatMap((s) => s.items).find((i) => i.screen === screen)!.label;

  return (
    <Box sx={{ display: 'flex', height: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar variant="dense">
          <Typography variant="h6" component="div" sx={{ flexGrow: 1 }}>{t('app.title')}</Typography>
          <WorkspaceSwitcher />
        </Toolbar>
      </AppBar>
      <Drawer variant="permanent" sx={{ width: DRAWER_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' } }}>
        <Toolbar variant="dense" />
        <Box component="nav" aria-label={t('app.title')} sx={{ overflow: 'auto' }}>
          {navigation.map(({ section, items }) => (
            <List key={section} dense subheader={<ListSubheader>{t(`nav.${section}`)}</ListSubheader>}>
              {items.map((item) => (
                <ListItemButton key={item.screen} component="a" href={screenHref(item.screen)} selected={item.screen === screen}
                  aria-current={item.screen === screen ? 'page' : undefined}>
                  <ListItemText primary={t(`nav.${item.label}`)} />
                </ListItemButton>
              ))}
            </List>
          ))}
        </Box>
      </Drawer>
      <Box component="main" sx={{ flexGrow: 1, p: 2, overflow: 'auto', display: 'flex', flexDirection: 'column', minWidth: 0 }}>
        <Toolbar variant="dense" />
        <ImportedWorkspaceBanner />
        <Typography variant="h5" component="h1" sx={{ mb: 1.5 }}>{t(`nav.${title}`)}</Typography>
        <ScreenErrorBoundary key={screen}><Screen id={screen} /></ScreenErrorBoundary>
      </Box>
      <WindowFileDrop />
    </Box>
  );
}
