import { Alert, Button, Stack } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HqConnectionView } from '../../../shared/pull/hq-connection';
import type { PullRequest } from '../../../shared/pull/pull-request';
import { readPullsUnderWay, type PullUnderWay } from '../../../shared/pull/pull-under-way';
import { useServices } from '../../hq/hq-context';
import { formatCount, formatDate, formatDateTime } from '../../components/format';
import { PullProgress } from './PullProgress';
import { useResumedRefresh } from './use-resumed-refresh';

interface Props {
  /** The host's connections (null until listed): Resume needs the record's, signed in. */
  connections: HqConnectionView[] | null;
  /** A pull is running on the screen: nothing is started beside it. */
  busy: boolean;
  /** Starts the pull again, as Pull… does, under the id the interrupted one had. */
  onPull: (connection: HqConnectionView, request: PullRequest, importId: string) => void;
  /** A sign-in happened here: the screen lists its connections again. */
  onSignedIn: () => void;
}

/**
 * The pulls and refreshes the app closed on (their records, marked interrupted when the HQ worker
 * started: shared/pull/interrupted-pulls.ts), each said plainly with Resume and Discard. A pull
 * starts again from its first page (what it had read was not kept); a refresh refreshes again from
 * the same point. Resume signs in first where the connection is not signed in.
 */
export function InterruptedPulls({ connections, busy, onPull, onSignedIn }: Props) {
  const { t } = useTranslation();
  const { registry, hq, host } = useServices();
  const rows = useLiveQuery(() => registry.pullsUnderWay.toArray(), [registry]);
  const refresh = useResumedRefresh();
  const [signingIn, setSigningIn] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { records, unreadable } = readPullsUnderWay(rows ?? []);
  const interrupted = records.filter((r) => r.interruptedAt !== null);
  const unreadableLeft = unreadable.filter((r) => r.interruptedAt !== null);
  const running = busy || signingIn || refresh.phase.kind === 'refreshing';

  const resume = async (record: PullUnderWay, connection: HqConnectionView) => {
    setProblem(null);
    if (!connection.signedInAs) {
      setSigningIn(true);
      const signedIn = await host.hq!.signIn(connection.id);
      setSigningIn(false);
      onSignedIn();
      if (!signedIn.ok) return setProblem(t(`pull.signInFailed.${signedIn.reason}`, { message: signedIn.message }));
    }
    if (record.kind === 'pull') onPull(connection, record.request, record.id);
    else void refresh.start(record);
  };
  const discard = (id: string) => void hq.execute({ type: 'discardInterruptedPull', id }).catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  const discardButton = (id: string) => <Button color="inherit" size="small" sx={{ whiteSpace: 'nowrap' }} disabled={running} onClick={() => discard(id)}>{t('pullInterrupted.discard')}</Button>;

  if (!interrupted.length && !unreadableLeft.length && !signingIn && !problem && refresh.phase.kind === 'idle') return null;
  return (
    <Stack spacing={1} component="section" aria-label={t('pullInterrupted.label')}>
      {interrupted.map((record) => {
        const connection = connections?.find((c) => c.id === record.connectionId) ?? null;
        const values = {
          count: record.rows, rows: formatCount(record.rows), connection: record.connectionName, at: formatDateTime(record.startedAt),
          ...(record.kind === 'pull'
            ? { companies: record.request.companies.join(', ').toUpperCase(), from: formatDate(record.request.from), to: formatDate(record.request.to) }
            : { workspace: record.workspaceName }),
        };
        const then = connections && !connection ? t('pullInterrupted.connectionGone', { connection: record.connectionName })
          : connection && !connection.signedInAs ? t('pullInterrupted.signInFirst', { connection: record.connectionName }) : null;
        return (
          <Alert key={record.id} severity="warning" role="alert" action={(
            <Stack direction="row" spacing={1}>
              {connection && (
                <Button color="inherit" variant="outlined" size="small" sx={{ whiteSpace: 'nowrap' }} disabled={running} onClick={() => void resume(record, connection)}>
                  {connection.signedInAs ? t('pull.resume') : t('pullInterrupted.signInAndResume')}
                </Button>
              )}
              {discardButton(record.id)}
            </Stack>
          )}>
            {t(`pullInterrupted.${record.kind}`, values)} {t(`pullInterrupted.${record.kind}Resume`)}{then && ` ${then}`}
          </Alert>
        );
      })}
      {unreadableLeft.map((r) => (
        <Alert key={r.id} severity="warning" role="alert" action={discardButton(r.id)}>{t('pullInterrupted.unreadable')}</Alert>
      ))}
      {signingIn && <Alert severity="info" role="status">{t('pull.signingIn')}</Alert>}
      {problem && <Alert severity="error" onClose={() => setProblem(null)}>{problem}</Alert>}
      <ResumedRefresh refresh={refresh} />
    </Stack>
  );
}

/** The refresh Resume started: its progress as a pull's, then what it did. */
function ResumedRefresh({ refresh }: { refresh: ReturnType<typeof useResumedRefresh> }) {
  const { t } = useTranslation();
  const { phase } = refresh;
  switch (phase.kind) {
    case 'idle':
      return null;
    case 'refreshing':
      return <PullProgress phase={phase.progress} onCancel={refresh.cancel} onResume={(to) => void refresh.resume(to)} />;
    case 'refreshed': {
      const { counts } = phase;
      return (
        <Alert severity="success" onClose={refresh.dismiss}>
          {t('pullInterrupted.refreshed', {
            workspace: phase.workspaceName, updated: formatCount(counts.updated), added: formatCount(counts.added), conflicts: formatCount(counts.conflicts),
          })}
        </Alert>
      );
    }
    case 'failed':
      return <Alert severity="error" onClose={refresh.dismiss}>{t('pullInterrupted.refreshFailed', { message: phase.message })}</Alert>;
    case 'canceled':
      return <Alert severity="info" onClose={refresh.dismiss}>{t('pullInterrupted.refreshCanceled')}</Alert>;
  }
}
