import { Typography, TableCell, TableRow } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../hq/hq-context';
import { OutlinedTable } from '../../components/OutlinedTable';

/** The rows a session set aside: what each is, every reason (table, line, field), and the row as the channel sent it. */
export function SetAsideRows({ sessionId }: { sessionId: number }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const rows = useLiveQuery(() => db.uploadSetAside.where('sessionId').equals(sessionId).toArray(), [db, sessionId]);
  if (!rows) return null;
  if (rows.length === 0) return <Typography color="text.secondary" sx={{ mt: 1 }}>{t('sessions.setAsideNone', { id: sessionId })}</Typography>;
  return (
    <>
      <Typography variant="subtitle1" sx={{ mt: 2 }}>{t('sessions.setAsideTitle', { id: sessionId })}</Typography>
      <OutlinedTable label={t('sessions.setAsideTitle', { id: sessionId })} columns={[{ label: t('sessions.record') }, { label: t('sessions.reason') }, { label: t('sessions.original') }]}>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableCell sx={{ verticalAlign: 'top', width: 240 }}>{row.record}</TableCell>
            <TableCell sx={{ verticalAlign: 'top', whiteSpace: 'pre-line' }}>{row.reason}</TableCell>
            <TableCell sx={{ verticalAlign: 'top', maxWidth: 420 }}>
              <details>
                <summary>{t('sessions.showOriginal')}</summary>
                <Typography component="pre" variant="caption" sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all', m: 0 }}>{row.original}</Typography>
              </details>
            </TableCell>
          </TableRow>
        ))}
      </OutlinedTable>
    </>
  );
}
