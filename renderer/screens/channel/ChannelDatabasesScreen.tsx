import { Stack, Switch, TableCell, TableRow, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../hq/hq-context';
import { OutlinedTable } from '../../components/OutlinedTable';
import { useCommand } from '../../components/use-command';
import { formatCount, formatDateTimeSeconds } from '../../components/format';
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
      return [d.id, await db.channelTransactionRecords.where('[channelDatabaseId+seq]').between([d.id, mark + 1], [d.id, Number.MAX_SAFE_INTEGER], true, true).count()] as const;
    }));
    return new Map(counts);
  }, [db]);
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">{t('channelDatabases.intro')}</Typography>
      <OutlinedTable label={t('nav.channelDatabases')} columns={[
          { label: t('sessions.channelDatabase') }, { label: t('channelDatabases.group') }, { label: t('channelDatabases.online') },
          { label: t('channelDatabases.notPackaged'), align: 'right' }, ...downloads.map((job) => ({ label: t('channelDatabases.lastDownload', { job }) })),
        ]}>
        {databases.map((d) => (
          <TableRow key={d.id}>
            <TableCell>{d.name}</TableCell>
            <TableCell>{groups.find((g) => g.id === d.groupId)?.name ?? d.groupId}</TableCell>
            <TableCell>
              <Switch checked={d.online} disabled={command.busy} slotProps={{ input: { 'aria-label': `${t('channelDatabases.online')}: ${d.name}` } }}
                onChange={(e) => void command.run({ type: 'setChannelDatabaseOnline', channelDatabaseId: d.id, online: e.target.checked })} />
              {d.online ? t('channelDatabases.isOnline') : t('channelDatabases.isOffline')}
            </TableCell>
            <TableCell align="right">{pending?.has(d.id) ? formatCount(pending.get(d.id)!) : ''}</TableCell>
            {downloads.map((job) => <TableCell key={job}>{d.lastDownloads[job] ? formatDateTimeSeconds(d.lastDownloads[job]) : '—'}</TableCell>)}
          </TableRow>
        ))}
      </OutlinedTable>
      <ChannelSimulatorCard />
    </Stack>
  );
}
