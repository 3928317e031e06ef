import { Paper, Stack, Switch, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../hq/hq-context';
import { useCommand } from '../../components/use-command';
import { formatDateTimeSeconds } from '../../components/format';
import { ChannelSimulatorCard } from './ChannelSimulatorCard';

const downloads = ['1010', '1070', '1110'] as const;

/** The channel side of the simulation: its databases, which can be taken offline, and new transactions. */
export function ChannelDatabasesScreen() {
  const { t } = useTranslation();
  const { db } = useServices();
  const command = useCommand();
  const databases = useLiveQuery(() => db.channelDatabases.toArray(), [db]) ?? [];
  const groups = useLiveQuery(() => db.channelDatabaseGroups.toArray(), [db]) ?? [];
  const pending = useLiveQuery(async () => {
    const counts = await Promise.all((await db.channelDatabases.toArray()).map(async (d) => {
      const mark = (await db.uploadWatermarks.get(d.id))?.lastSeq ?? 0;
      return [d.id, await db.channelTransactions.where('[channelDatabaseId+seq]').between([d.id, mark + 1], [d.id, Number.MAX_SAFE_INTEGER], true, true).count()] as const;
    }));
    return new Map(counts);
  }, [db]);
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">{t('channelDatabases.intro')}</Typography>
      <Paper variant="outlined">
        <Table size="small" aria-label={t('nav.channelDatabases')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('sessions.channelDatabase')}</TableCell>
              <TableCell>{t('channelDatabases.group')}</TableCell>
              <TableCell>{t('channelDatabases.online')}</TableCell>
              <TableCell align="right">{t('channelDatabases.notPackaged')}</TableCell>
              {downloads.map((job) => <TableCell key={job}>{t('channelDatabases.lastDownload', { job })}</TableCell>)}
            </TableRow>
          </TableHead>
          <TableBody>
            {databases.map((d) => (
              <TableRow key={d.id}>
                <TableCell>{d.name}</TableCell>
                <TableCell>{groups.find((g) => g.id === d.groupId)?.name ?? d.groupId}</TableCell>
                <TableCell>
                  <Switch checked={d.online} disabled={command.busy} slotProps={{ input: { 'aria-label': `${t('channelDatabases.online')}: ${d.name}` } }}
                    onChange={(e) => void command.run({ type: 'setChannelDatabaseOnline', channelDatabaseId: d.id, online: e.target.checked })} />
                  {d.online ? t('channelDatabases.isOnline') : t('channelDatabases.isOffline')}
                </TableCell>
                <TableCell align="right">{pending?.get(d.id) ?? ''}</TableCell>
                {downloads.map((job) => <TableCell key={job}>{d.lastDownloads[job] ? formatDateTimeSeconds(d.lastDownloads[job]) : '—'}</TableCell>)}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
      <ChannelSimulatorCard />
    </Stack>
  );
}
