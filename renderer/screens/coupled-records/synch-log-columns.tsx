import type { TFunction } from 'i18next';
import type { GridColDef } from '@mui/x-data-grid';
import type { SynchCounts } from '../../../shared/coupled-records/coupled-records';
import type { SynchronizationLogRow } from '../../../shared/coupled-records/coupled-record-lists';
import { formatCount, formatDateTimeSeconds, formatDuration } from '../../components/format';
import { couplingErrorText, manualActionText } from './coupling-error-text';
import { jobSeconds, startedByText, synchDirectionText } from './synch-job-text';

const time = (v: string | null) => (v ? formatDateTimeSeconds(v) : '');

/** A count of the job (Inserted .. Coupled, page 5338's columns). */
export const countColumn = <R extends SynchronizationLogRow>(t: TFunction, field: keyof SynchCounts, label: string): GridColDef<R> =>
  ({ field, headerName: t(`coupled.${label}`), width: 92, type: 'number', valueFormatter: (v: number) => formatCount(v) });

/** The job's when, as page 5338 shows it: its ID, start, finish and duration. */
export function jobTimeColumns<R extends SynchronizationLogRow>(t: TFunction): GridColDef<R>[] {
  return [
    { field: 'synchJobId', headerName: t('coupled.jobId'), width: 80, type: 'number' },
    { field: 'startedAt', headerName: t('coupled.started'), width: 150, valueFormatter: time },
    { field: 'finishedAt', headerName: t('coupled.finished'), width: 150, valueFormatter: time },
    { field: 'duration', headerName: t('coupled.duration'), width: 90, valueGetter: (_v, row) => jobSeconds(row), valueFormatter: (v: number | null) => (v === null ? '' : formatDuration(v)) },
  ];
}

/** Who started the job, and by what action. */
export const startedByColumn = <R extends SynchronizationLogRow>(t: TFunction): GridColDef<R> =>
  ({ field: 'by', headerName: t('coupled.startedBy'), width: 150, valueGetter: (_v, row) => startedByText(t, row.by) });
export const actionColumn = <R extends SynchronizationLogRow>(t: TFunction): GridColDef<R> =>
  ({ field: 'action', headerName: t('coupled.action'), width: 200, valueGetter: (v: string) => manualActionText(t, v) });

/** What the job said it did to the record (the why, for an uncoupling), in the user's language. */
export const messageColumn = <R extends SynchronizationLogRow>(t: TFunction, label: string): GridColDef<R> =>
  ({ field: 'message', headerName: t(`coupled.${label}`), flex: 1, minWidth: 300, valueFormatter: (v: string) => couplingErrorText(t, v) });

/** A record's Synchronization log: the job columns, its type and direction in the mapping's words, and what it did to the record. */
export function synchronizationLogColumns(t: TFunction): GridColDef<SynchronizationLogRow>[] {
  return [
    ...jobTimeColumns<SynchronizationLogRow>(t),
    { field: 'type', headerName: t('coupled.jobType'), width: 140, valueGetter: (v: string) => t(`coupled.types.${v}`) },
    { field: 'direction', headerName: t('coupled.synchDirection'), width: 220, valueGetter: (_v, row) => synchDirectionText(t, row) },
    { field: 'outcome', headerName: t('coupled.outcome'), width: 120, valueGetter: (v: string) => t(`coupled.outcomes.${v}`) },
    messageColumn(t, 'message'),
    startedByColumn(t), actionColumn(t),
    countColumn(t, 'inserted', 'inserted'), countColumn(t, 'modified', 'modified'), countColumn(t, 'deleted', 'deletedCount'),
    countColumn(t, 'unchanged', 'unchanged'), countColumn(t, 'skipped', 'skipped'), countColumn(t, 'failed', 'failed'),
    countColumn(t, 'uncoupled', 'uncoupledCount'), countColumn(t, 'coupled', 'coupledCount'),
  ];
}
