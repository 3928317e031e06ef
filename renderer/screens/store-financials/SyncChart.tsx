import { useState } from 'react';
import { Box, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { readSyncChart, type ChartJob, type ChartOutcome, type ChartPeriod } from '../../../shared/store-financials/sync-chart';
import { useServices } from '../../hq/hq-context';
import { screenHrefWith } from '../../app/hash-location';
import { formatCount, formatDayOrHour } from '../../components/format';

const JOBS: readonly ChartJob[] = ['online-orders', 'customer-orders', 'customers'];
const PERIODS: readonly ChartPeriod[] = ['day', 'week', 'month'];
const OUTCOMES: readonly ChartOutcome[] = ['Succeeded', 'Failed', 'None'];
const COLORS: Record<ChartOutcome, string> = { Succeeded: '#2e7d32', Failed: '#c62828', None: '#757575' };
/** A customer operation not synchronized yet is Pending on its own list. */
const CUSTOMER_STATUS: Record<ChartOutcome, string> = { Succeeded: 'Succeeded', Failed: 'Failed', None: 'Pending' };

/** The list behind a bar: the job's list, filtered by the bar's outcome (and for orders its day or hour). */
function barHref(job: ChartJob, outcome: ChartOutcome, bucket: string): string {
  if (job === 'customers') return screenHrefWith('customer-sync-status', { status: CUSTOMER_STATUS[outcome] });
  return screenHrefWith(job === 'online-orders' ? 'online-transactions' : 'store-transactions', { status: outcome, date: bucket });
}

/** Succeeded, failed and not yet synchronized per hour or day, per job, over a chosen period; a bar opens its list. */
export function SyncChart() {
  const { t } = useTranslation();
  const { db } = useServices();
  const [job, setJob] = useState<ChartJob>('online-orders');
  const [period, setPeriod] = useState<ChartPeriod>('month');
  const buckets = useLiveQuery(() => readSyncChart(db, job, period, new Date()), [db, job, period]);
  // Every hour or day of the period is a bucket; when all of them are zero there is nothing to draw.
  const empty = buckets?.every((b) => b.Succeeded + b.Failed + b.None === 0);
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1.5} component="search">
        <TextField select label={t('workspace.chart.job')} value={job} onChange={(e) => setJob(e.target.value as ChartJob)} sx={{ minWidth: 300 }}>
          {JOBS.map((j) => <MenuItem key={j} value={j}>{t(`workspace.chart.jobs.${j}`)}</MenuItem>)}
        </TextField>
        <TextField select label={t('workspace.chart.period')} value={period} onChange={(e) => setPeriod(e.target.value as ChartPeriod)} sx={{ minWidth: 200 }}>
          {PERIODS.map((p) => <MenuItem key={p} value={p}>{t(`workspace.chart.periods.${p}`)}</MenuItem>)}
        </TextField>
      </Stack>
      {empty && <Typography color="text.secondary">{t('workspace.chart.empty')}</Typography>}
      {buckets && !empty && (
        <Box role="figure" aria-label={t('workspace.chart.label', { job: t(`workspace.chart.jobs.${job}`), period: t(`workspace.chart.periods.${period}`) })}>
          <BarChart
            height={280}
            dataset={buckets.map((b) => ({ ...b }))}
            xAxis={[{ scaleType: 'band', dataKey: 'bucket', valueFormatter: (v: string) => formatDayOrHour(v) }]}
            series={OUTCOMES.map((outcome) => ({
              id: outcome, dataKey: outcome, stack: 'all', color: COLORS[outcome],
              label: t(`workspace.chart.outcomes.${outcome}`), valueFormatter: (v: number | null) => formatCount(v ?? 0),
            }))}
            onItemClick={(_event, item) => {
              const bucket = buckets[item.dataIndex];
              if (bucket) window.location.hash = barHref(job, item.seriesId as ChartOutcome, bucket.bucket);
            }}
          />
        </Box>
      )}
    </Stack>
  );
}
