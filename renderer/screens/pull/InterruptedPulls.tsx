import { Alert, Button, Stack } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HqConnectionView } from '../../../shared/pull/hq-connection';
import type { PullRequest } from '../../../shared/pull/pull-request';
import { readPullsUnderWay, type PullUnderWay } from '../../../shared/pull/pull-under-way';
import { useServices } from '../../hq/hq-context';
import { formatCount, formatDate, formatDateTime } from '../../components/format';
import { useRefreshSession } from './refresh-session';

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
  // A refresh resumed is the workspace's refresh as any other: its progress and outcome shown above every screen (RefreshStatus).
  const refresh = useRefreshSession();
  const [signingIn, setSigningIn] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { records, unreadable } = readPullsUnderWay(rows ?? []);
  const interrupted = records.filter((r) => r.interruptedAt !== null);
  const unreadableLeft = unreadable.filter((r) => r.interruptedAt !== null);
  const running = busy || signingIn || refresh.phase.kind === 'pulling';

  const resume = async (record: PullUnderWay, connection: HqConnectionView) => {
    setProblem(null);
    if (!connection.signedInAs) {
      setSigningIn(true);
      const signedIn = await host.hq!.signIn(connection.id);
      setSigningIn(false);
      onSignedIn();
      if (!signedIn.ok) return setProblem(t(`pull.signInFailed.${signedIn.reason}`, { message: signedIn.message }));
    }
    if (record.kind === 'pull') return onPull(connection, record.request, record.id);
    const workspace = await registry.workspaces.get(record.id);
    // Deleted meanwhile (in another window): the worker drops the record at its next start.
    if (workspace) refresh.start(workspace);
  };
  const discard = (id: string) => void hq.execute({ type: 'discardInterruptedPull', id }).catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  const discardButton = (id: string) => <Button color="inherit" size="small" sx={{ whiteSpace: 'nowrap' }} disabled={running} onClick={() => discard(id)}>{t('pullInterrupted.discard')}</Button>;

  if (!interrupted.length && !unreadableLeft.length && !signingIn && !problem) return null;
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
    </Stack>
  );
}
