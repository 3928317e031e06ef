import { useState } from 'react';
import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { HandoverAnswer } from '../hq/writer-handover';
import { formatDateTimeSeconds } from '../components/format';

interface Props {
  /** When the work left this window for another (a handover it made), or null: another window had it when this one opened. */
  movedAt: string | null;
  /** Asks for the work; resolves how that went ('handedOver' is followed by the app starting here). */
  take: () => Promise<HandoverAnswer>;
}

/**
 * What a window that is not the writer shows: the work is in another window (it was there first,
 * or this one handed it over), and a button that moves it here.
 */
export function HandoverScreen({ movedAt, take }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const onTake = async () => {
    setBusy(true);
    setProblem(null);
    const answer = await take();
    setBusy(false);
    if (answer.kind === 'refused') setProblem(t('handover.refused', { reason: t('handover.unsavedThere', { records: answer.unsaved.join(', ') }) }));
    if (answer.kind === 'noAnswer') setProblem(t('handover.noAnswer'));
  };
  return (
    <Box component="main" sx={{ display: 'grid', placeItems: 'center', minHeight: '100vh', p: 4 }}>
      <Paper variant="outlined" sx={{ p: 3, maxWidth: 640 }} component="section" aria-labelledby="handover-title">
        <Typography id="handover-title" variant="h5" component="h1" sx={{ mb: 1.5 }}>
          {t(movedAt ? 'handover.movedTitle' : 'handover.otherWindowTitle')}
        </Typography>
        <Typography sx={{ mb: 2 }}>
          {movedAt ? t('handover.moved', { time: formatDateTimeSeconds(movedAt) }) : t('handover.otherWindow')}
        </Typography>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Button variant="contained" disabled={busy} onClick={() => void onTake()}>{t(movedAt ? 'handover.takeBack' : 'handover.moveHere')}</Button>
          {busy && <Typography role="status" color="text.secondary">{t('handover.moving')}</Typography>}
        </Stack>
        {problem && <Alert severity="warning" sx={{ mt: 2 }}>{problem}</Alert>}
      </Paper>
    </Box>
  );
}
