import type { GridColDef } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { readUncouplingLog, type UncouplingLogRow } from '../../../shared/coupled-records/coupled-record-lists';
import { useServices } from '../../hq/hq-context';
import { LogGridDialog } from './LogGridDialog';
import { actionColumn, countColumn, jobTimeColumns, messageColumn, startedByColumn } from './synch-log-columns';

/**
 * The Uncoupling Log (page 5333's action: page 5338 filtered to Uncoupling jobs, captioned
 * Integration Uncoupling Jobs): every coupling removed, when, by whom, and why; with the columns
 * BC shows for uncoupling jobs (Uncoupled, Modified, Failed, Skipped).
 */
export function UncouplingLogDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const rows = useLiveQuery(() => readUncouplingLog(db), [db]);
  const columns: GridColDef<UncouplingLogRow>[] = [
    ...jobTimeColumns<UncouplingLogRow>(t),
    { field: 'description', headerName: t('coupled.description'), width: 190 },
    { field: 'coupledTo', headerName: t('coupled.coupledTo'), width: 190 },
    startedByColumn<UncouplingLogRow>(t),
    messageColumn<UncouplingLogRow>(t, 'reason'),
    actionColumn<UncouplingLogRow>(t),
    countColumn<UncouplingLogRow>(t, 'uncoupled', 'uncoupledCount'), countColumn<UncouplingLogRow>(t, 'modified', 'modified'),
    countColumn<UncouplingLogRow>(t, 'failed', 'failed'), countColumn<UncouplingLogRow>(t, 'skipped', 'skipped'),
  ];
  return <LogGridDialog title={t('coupled.uncouplingLogTitle')} rows={rows} columns={columns} none={t('coupled.uncouplingNone')} onClose={onClose} />;
}
