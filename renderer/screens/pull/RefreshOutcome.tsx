import { Alert, AlertTitle, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { importText } from '../import/import-text';
import type { RefreshDone } from './refresh-session';

/**
 * What a refresh did, in words: transactions updated, new, changed in HQ since they were edited
 * here (both versions kept), unchanged; and the rows HQ sent that the import's checks refused, each
 * with where it was and why (their transactions stay as they were here).
 */
export function RefreshOutcome({ connection, done, onClose }: { connection: string; done: RefreshDone; onClose: () => void }) {
  const { t } = useTranslation();
  const { counts, refusals } = done;
  const nothing = counts.updated + counts.added + counts.conflicts + counts.unchanged + counts.refusedRows === 0;
  const said = nothing ? t('refresh.nothingChanged', { connection }) : t('refresh.refreshed', {
    connection,
    updated: t('refresh.updated', { count: counts.updated }),
    added: t('refresh.added', { count: counts.added }),
    conflicts: t('refresh.conflicts', { count: counts.conflicts }),
    unchanged: t('refresh.unchanged', { count: counts.unchanged }),
  });
  return (
    <Alert severity={counts.conflicts || counts.refusedRows ? 'warning' : 'success'} role="status" onClose={onClose} sx={{ mb: 1.5 }}>
      {said}
      {counts.refusedRows > 0 && (
        <>
          <AlertTitle sx={{ mt: 1 }}>{t('refresh.refused', { count: counts.refusedRows })}</AlertTitle>
          <ul style={{ margin: 0 }}>
            {refusals.map((r, i) => (
              <li key={i}><Typography variant="body2">{`${r.file}, ${importText(t, r.where)}${r.field ? `, ${r.field}` : ''}: ${importText(t, r.reason)}`}</Typography></li>
            ))}
          </ul>
        </>
      )}
    </Alert>
  );
}
