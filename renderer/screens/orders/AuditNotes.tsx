import { useState } from 'react';
import { Alert, Box, Button, Stack, TextField, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { keyText, keyTuple, type TransactionKey } from '../../../shared/orders/transaction-entities';
import { useServices } from '../../hq/hq-context';
import { useCommand } from '../../components/use-command';
import { useUserName } from '../../components/use-user-name';
import { formatDateTimeSeconds } from '../../components/format';
import { KEY_INDEX } from '../../../shared/db/retail-transaction-tables';
import { useUnsavedChanges } from '../../app/unsaved-changes';

const MAX_NOTE = 4000;

/** Auditors' notes on the transaction, newest first, and a field to add one (in any workspace, imported ones too). */
export function AuditNotes({ txKey }: { txKey: TransactionKey }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const user = useUserName();
  const add = useCommand();
  const [text, setText] = useState('');
  const notes = useLiveQuery(async () => (await db.auditNotes.where(KEY_INDEX).equals(keyTuple(txKey)).sortBy('id')).reverse(), [db, keyText(txKey)]) ?? [];
  const tooLong = text.length > MAX_NOTE;
  // A note typed and not added is asked about before leaving; it does not hold up Synchronize order.
  useUnsavedChanges(text.trim() ? { id: `audit-note:${keyText(txKey)}`, label: `${t('auditNotes.title')}: ${txKey.transactionId}` } : null);
  const onAdd = async () => {
    if (await add.run({ type: 'addAuditNote', key: txKey, text, user })) setText('');
  };
  return (
    <Box component="section" aria-label={t('auditNotes.title')} sx={{ mt: 2 }}>
      <Typography variant="subtitle2">{t('auditNotes.title')}</Typography>
      {notes.length === 0 && <Typography variant="body2" color="text.secondary">{t('auditNotes.none')}</Typography>}
      {notes.map((note) => (
        <Typography key={note.id} variant="body2" sx={{ whiteSpace: 'pre-wrap', my: 0.5 }}>
          <strong>{note.author}</strong> · {formatDateTimeSeconds(note.at)}: {note.text}
        </Typography>
      ))}
      {/* In a narrow record pane the button goes under the note, rather than squeeze its label. */}
      <Stack direction="row" useFlexGap spacing={1} sx={{ mt: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <TextField label={t('auditNotes.newNote')} value={text} onChange={(e) => setText(e.target.value)} multiline minRows={1} maxRows={6} sx={{ flex: '1 1 200px' }}
          error={tooLong} helperText={tooLong ? t('auditNotes.tooLong', { max: MAX_NOTE }) : ' '} />
        <Button variant="outlined" disabled={!text.trim() || tooLong || add.busy} onClick={() => void onAdd()}>{t('auditNotes.add')}</Button>
      </Stack>
      {add.error && <Alert severity="error" onClose={add.reset}>{add.error}</Alert>}
    </Box>
  );
}
