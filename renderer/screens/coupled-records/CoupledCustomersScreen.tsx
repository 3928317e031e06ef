import { useState } from 'react';
import { Alert, Box, Button, Link, Paper, Stack, Typography } from '@mui/material';
import { DataGrid, useGridApiRef, type GridColDef } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { CoupledChange } from '../../../shared/coupled-records/crm-simulator';
import { readCoupledCustomers, type CoupledCustomerRow } from '../../../shared/coupled-records/coupled-record-lists';
import { useServices } from '../../hq/hq-context';
import { useCommand } from '../../components/use-command';
import { screenHref } from '../../app/screens';
import { SynchronizationLogDialog } from './SynchronizationLogDialog';
import { IntegrationMappingCard } from './IntegrationMappingCard';
import { SynchJobErrorsCard } from './SynchJobErrorsCard';
import { SynchronizeDialog } from './SynchronizeDialog';
import { synchronizationNotification } from './synch-job-text';
import { useVisibleSelection } from '../../components/use-visible-selection';
import { useGridRowIds } from '../../components/use-grid-row-ids';
import { openOnEnter } from '../../components/open-on-enter';
import { TWO_LINE_HEADERS } from '../../components/two-line-headers';

const CHANGES: CoupledChange[] = ['editHq', 'editCrm', 'deleteHq', 'deleteCrm'];

/** Coupled customers: each HQ customer and its CRM account, its Synchronization log and Synchronize (as on BC's customer list), the CRM simulator, the mapping and the setup errors. */
export function CoupledCustomersScreen() {
  const { t } = useTranslation();
  const { db } = useServices();
  const rows = useLiveQuery(() => readCoupledCustomers(db), [db]);
  const [logOpen, setLogOpen] = useState(false);
  const [synchronizing, setSynchronizing] = useState(false);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const command = useCommand();
  // The simulator acts on the customer selected among those the grid shows: a filter or page that hides it unselects it.
  const apiRef = useGridApiRef();
  const selection = useVisibleSelection(null, useGridRowIds(apiRef).shown);
  const [selectedId] = selection.selected;
  const selected = rows?.find((r) => r.integrationId === selectedId);
  const simulate = async (change: CoupledChange) => {
    setMessage(null);
    if (await command.run({ type: 'simulateCoupledChange', integrationId: selected!.integrationId, change })) setMessage({ text: t(`coupled.simulated.${change}`, { account: selected!.integrationId }), ok: true });
  };
  const columns: GridColDef<CoupledCustomerRow>[] = [
    { field: 'integrationId', headerName: t('coupled.customerAccount'), width: 150 },
    { field: 'name', headerName: t('coupled.name'), flex: 1, minWidth: 160, valueGetter: (v: string, row) => (row.recordExists ? v : t('coupled.deletedInHq')) },
    { field: 'coupledTo', headerName: t('coupled.coupledTo'), flex: 1, minWidth: 180, valueGetter: (v: string, row) => (row.coupling ? v : t('coupled.notCoupled')) },
    { field: 'lastResult', headerName: t('coupled.lastResult'), width: 175, valueGetter: (_v, row) => (row.coupling?.lastSynchResult ? t(`coupled.lastResults.${row.coupling.lastSynchResult}`) : '') },
    { field: 'lastCrmResult', headerName: t('coupled.lastCrmResult'), width: 175, valueGetter: (_v, row) => (row.coupling?.lastSynchCrmResult ? t(`coupled.lastResults.${row.coupling.lastSynchCrmResult}`) : '') },
    { field: 'skipped', headerName: t('coupled.skippedColumn'), width: 120, type: 'boolean', valueGetter: (_v, row) => row.coupling?.skipped === 1 },
  ];
  return (
    <Stack spacing={1.5}>
      <Typography color="text.secondary">{t('coupled.customersIntro')}</Typography>
      <Link href={screenHref('coupled-sync-errors')}>{t('coupled.openErrors')}</Link>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }} component="nav" aria-label={t('coupled.simulator')}>
        <Button variant="outlined" size="small" disabled={!selected?.recordExists} onClick={() => setLogOpen(true)}>{t('coupled.synchronizationLog')}</Button>
        <Button variant="outlined" size="small" disabled={!selected?.recordExists || !selected.coupledRecordExists} onClick={() => setSynchronizing(true)}>{t('coupled.synchronize')}</Button>
        {CHANGES.map((change) => (
          <Button key={change} size="small" variant="outlined" color={change.startsWith('delete') ? 'warning' : 'primary'} disabled={!selected?.coupling || command.busy}
            onClick={() => void simulate(change)}>{t(`coupled.${change}`)}</Button>
        ))}
      </Stack>
      {message && <Alert severity={message.ok ? 'success' : 'warning'} onClose={() => setMessage(null)}>{message.text}</Alert>}
      {command.error && <Alert severity="error">{command.error}</Alert>}
      {!selected && <Typography color="text.secondary">{t('coupled.selectCustomer')}</Typography>}
      <Box sx={{ height: 380 }}>
        <DataGrid apiRef={apiRef} rows={rows ?? []} loading={!rows} columns={columns} density="compact" getRowId={(r) => r.integrationId}
          rowSelectionModel={selection.rowSelectionModel} onRowSelectionModelChange={selection.onRowSelectionModelChange}
          onCellKeyDown={openOnEnter(selection.selectOnly, selection.selectOnly)} showToolbar label={t('nav.coupledCustomers')}
          pageSizeOptions={[25, 50, 100]} initialState={{ pagination: { paginationModel: { pageSize: 25 } } }} aria-label={t('nav.coupledCustomers')} {...TWO_LINE_HEADERS} />
      </Box>
      <Paper variant="outlined" sx={{ p: 2 }}><IntegrationMappingCard /></Paper>
      <Paper variant="outlined" sx={{ p: 2 }}><SynchJobErrorsCard /></Paper>
      {synchronizing && selected?.coupling && (
        <SynchronizeDialog rows={[{ id: selected.coupling.id!, integrationId: selected.integrationId, crmId: selected.coupling.crmId, description: `${selected.integrationId} ${selected.name}` }]}
          onClose={(outcome) => { setSynchronizing(false); if (outcome?.counts) setMessage({ text: [synchronizationNotification(t, outcome.counts), outcome.error].filter(Boolean).join(' '), ok: outcome.counts.succeeded === outcome.counts.processed }); }} />
      )}
      {logOpen && selected && <SynchronizationLogDialog integrationId={selected.integrationId} description={`${selected.integrationId} ${selected.name}`} onClose={() => setLogOpen(false)} />}
    </Stack>
  );
}
