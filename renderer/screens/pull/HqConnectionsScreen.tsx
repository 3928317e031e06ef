import { Alert, Button, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HqHostApi } from '../../../shared/contracts/host-api';
import type { HqConnectionView } from '../../../shared/pull/hq-connection';
import { useServices } from '../../hq/hq-context';
import { useSwitchWorkspace } from '../import/use-switch-workspace';
import { formatCount } from '../../components/format';
import { ConnectionDialog } from './ConnectionDialog';
import { PullDialog } from './PullDialog';
import { PullProgress } from './PullProgress';
import { InterruptedPulls } from './InterruptedPulls';
import { usePull } from './use-pull';

/** Connect to HQ: the connections, sign-in and sign-out, and a pull into a new workspace with its progress. */
export function HqConnectionsScreen() {
  const { t } = useTranslation();
  const { host } = useServices();
  if (!host.hq) return <Alert severity="info">{t('pull.unavailable')}</Alert>;
  return <Connections api={host.hq} />;
}

function Connections({ api }: { api: HqHostApi }) {
  const { t } = useTranslation();
  const [connections, setConnections] = useState<HqConnectionView[] | null>(null);
  const [adding, setAdding] = useState(false);
  const [pulling, setPulling] = useState<HqConnectionView | null>(null);
  const [signingIn, setSigningIn] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const pull = usePull();
  const switchTo = useSwitchWorkspace();
  const reload = useCallback(() => void api.listConnections().then((list) => setConnections(list.connections)), [api]);
  useEffect(reload, [reload]);

  const signIn = async (connection: HqConnectionView) => {
    setSigningIn(connection.id);
    setProblem(null);
    const result = await api.signIn(connection.id);
    setSigningIn(null);
    if (!result.ok) setProblem(t(`pull.signInFailed.${result.reason}`, { message: result.message }));
    reload();
  };
  const act = (work: Promise<unknown>) => void work.then(reload, (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  const running = pull.phase.kind === 'pulling' ? pull.phase : null;

  return (
    <Stack spacing={2}>
      <Typography>{t('pull.intro')}</Typography>
      <Paper variant="outlined" component="section" aria-labelledby="hq-connections" sx={{ p: 2 }}>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
          <Typography variant="h6" component="h2" id="hq-connections">{t('pull.connections')}</Typography>
          <Button variant="outlined" onClick={() => setAdding(true)}>{t('pull.add')}</Button>
        </Stack>
        {connections?.length === 0 && <Typography color="text.secondary">{t('pull.noConnections')}</Typography>}
        {connections && connections.length > 0 && (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('pull.name')}</TableCell><TableCell>{t('pull.environmentUrl')}</TableCell>
                <TableCell>{t('pull.companies')}</TableCell><TableCell>{t('common.actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {connections.map((c) => (
                <TableRow key={c.id}>
                  <TableCell>{c.name}<Typography variant="body2" color="text.secondary">{c.signedInAs ? t('pull.signedIn', { user: c.signedInAs }) : t('pull.notSignedIn')}</Typography></TableCell>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>{c.environmentUrl}</TableCell>
                  <TableCell>{c.companies.join(', ').toUpperCase()}</TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={1}>
                      {c.signedInAs
                        ? <Button size="small" onClick={() => act(api.signOut(c.id))}>{t('pull.signOut')}</Button>
                        : <Button size="small" disabled={signingIn !== null} onClick={() => void signIn(c)}>{t('pull.signIn')}</Button>}
                      <Button size="small" variant="contained" disabled={!c.signedInAs || running !== null} onClick={() => setPulling(c)}>{t('pull.pull')}</Button>
                      <Button size="small" color="error" aria-label={t('pull.removeNamed', { name: c.name })} onClick={() => act(api.removeConnection(c.id))}>{t('pull.remove')}</Button>
                    </Stack>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {signingIn && <Alert severity="info" role="status" sx={{ mt: 1 }}>{t('pull.signingIn')}</Alert>}
        {problem && <Alert severity="error" sx={{ mt: 1 }} onClose={() => setProblem(null)}>{problem}</Alert>}
      </Paper>
      <InterruptedPulls connections={connections} busy={running !== null} onPull={(c, request, id) => void pull.start(c, request, id)} onSignedIn={reload} />
      {running && <PullProgress phase={running} onCancel={pull.cancel} onResume={(to) => void pull.resume(to).then(reload)} />}
      {pull.phase.kind === 'succeeded' && (
        <Alert severity="success" onClose={pull.dismiss}
          action={<Button color="inherit" variant="outlined" size="small" onClick={() => void switchTo((pull.phase as { workspaceId: string }).workspaceId)}>{t('pull.openWorkspace')}</Button>}>
          {t('pull.succeeded', { rows: formatCount(pull.phase.rows) })}
        </Alert>
      )}
      {pull.phase.kind === 'failed' && <Alert severity="error" onClose={pull.dismiss}>{t('pull.failed', { message: pull.phase.message })}</Alert>}
      {pull.phase.kind === 'canceled' && <Alert severity="info" onClose={pull.dismiss}>{t('pull.canceled')}</Alert>}
      {adding && <ConnectionDialog onClose={() => ((setAdding(false)), reload())} />}
      {pulling && <PullDialog connection={pulling} onClose={() => setPulling(null)} onPull={(request) => ((setPulling(null)), void pull.start(pulling, request))} />}
    </Stack>
  );
}
