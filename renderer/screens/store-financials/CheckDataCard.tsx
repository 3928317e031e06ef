import { useState } from 'react';
import { Alert, Box, Button, Card, CardActions, CardContent, Stack, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { ChannelKind } from '../../../shared/configuration/organization';
import { findingCounts, lastDataCheck, type DataCheck } from '../../../shared/orders/check-data/check-findings';
import { useServices } from '../../hq/hq-context';
import { screenHrefWith } from '../../app/hash-location';
import { formatCount, formatDateTime } from '../../components/format';
import { RunProgress } from '../../components/RunProgress';
import { useCommand } from '../../components/use-command';

const LISTS = { online: 'online-transactions', pos: 'store-transactions' } as const;
const KINDS: readonly ChannelKind[] = ['online', 'pos'];

/** The last run in words: what it found, or how far it got before it was canceled or stopped. */
function LastRun({ run }: { run: DataCheck | undefined }) {
  const { t } = useTranslation();
  if (!run) return <Typography color="text.secondary">{t('checkData.never')}</Typography>;
  const n = (value: number) => formatCount(value);
  return (
    <>
      <Typography>
        {run.status === 'Ended' || run.status === 'Running'
          ? t('checkData.last', { time: formatDateTime(run.endedAt ?? run.startedAt), checked: n(run.checked), wouldFail: n(run.wouldFail), disagreements: n(run.disagreements) })
          : t(run.status === 'Canceled' ? 'checkData.canceled' : 'checkData.stopped', { processed: n(run.processed), total: n(run.total) })}
      </Typography>
      {run.notJudged.length > 0 && (
        <Box sx={{ mt: 1 }}>
          <Typography variant="subtitle2" component="h3">{t('checkData.notJudgedTitle')}</Typography>
          <Box component="ul" sx={{ my: 0.5, pl: 3 }}>
            {run.notJudged.map((part) => <li key={part.part}><Typography variant="body2">{t(`checkData.notJudged.${part.part}`, { n: n(part.orders ?? 0) })}</Typography></li>)}
          </Box>
        </Box>
      )}
    </>
  );
}

/**
 * Check data, in an imported workspace: Synchronize orders' own rules run read-only over what HQ
 * exported, in the HQ worker a chunk at a time (progress and Cancel), and links to the lists of
 * what it found.
 */
export function CheckDataCard() {
  const { t } = useTranslation();
  const { db, hq } = useServices();
  const run = useCommand<'checkData'>();
  const [batchId, setBatchId] = useState<string | null>(null);
  // Wrapped: a workspace never checked has no run, which useLiveQuery could not tell from still reading.
  const loaded = useLiveQuery(async () => ({ last: await lastDataCheck(db) }), [db]);
  const last = loaded?.last;
  const counts = useLiveQuery(() => findingCounts(db), [db]);
  const start = () => {
    const id = crypto.randomUUID();
    setBatchId(id);
    void run.run({ type: 'checkData', cancelId: id }).finally(() => setBatchId(null));
  };
  const links = (list: 'fails' | 'disagrees') => KINDS.map((kind) => {
    const count = counts?.get(list)?.[kind] ?? 0;
    return count > 0 && (
      <Button key={`${list}-${kind}`} href={screenHrefWith(LISTS[kind], { check: list })}>
        {t(`checkData.links.${list}.${kind}`, { n: formatCount(count) })}
      </Button>
    );
  });
  const outcome = run.result?.counts;
  return (
    <Card variant="outlined" component="section" aria-labelledby="check-data-title">
      <CardContent>
        <Typography id="check-data-title" variant="h6" component="h2">{t('checkData.title')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t('checkData.intro')}</Typography>
        {loaded && <LastRun run={last} />}
        {run.busy && (
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Box sx={{ flex: 1 }}>
              <RunProgress done={run.progress?.counts.processed ?? 0} total={run.progress?.total ?? null}
                label={t('checkData.running', { done: formatCount(run.progress?.counts.processed ?? 0), total: formatCount(run.progress?.total ?? 0) })} />
            </Box>
            <Button disabled={!batchId} onClick={() => batchId && void hq.execute({ type: 'cancel', target: { cancelId: batchId } })}>{t('common.cancel')}</Button>
          </Stack>
        )}
        {outcome && (
          <Alert sx={{ mt: 1 }} severity={run.result?.status === 'Canceled' ? 'warning' : 'success'} onClose={run.reset}>
            {t(run.result?.status === 'Canceled' ? 'checkData.outcomeCanceled' : 'checkData.outcome', {
              processed: formatCount(outcome.processed), failed: formatCount(outcome.failed), succeeded: formatCount(outcome.succeeded), skipped: formatCount(outcome.skipped),
            })}
          </Alert>
        )}
        {run.error && <Alert sx={{ mt: 1 }} severity="error" onClose={run.reset}>{run.error}</Alert>}
      </CardContent>
      <CardActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button variant="contained" disabled={run.busy} onClick={start}>{t(last ? 'checkData.again' : 'checkData.run')}</Button>
        {links('fails')}
        {links('disagrees')}
      </CardActions>
    </Card>
  );
}
