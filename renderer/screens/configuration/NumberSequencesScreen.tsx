import { Stack, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../hq/hq-context';
import { NumberSequenceForm } from './NumberSequenceForm';

export function NumberSequencesScreen() {
  const { t } = useTranslation();
  const { db } = useServices();
  const sequences = useLiveQuery(() => db.numberSequences.toArray(), [db]) ?? [];
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">{t('numberSequences.intro')}</Typography>
      {sequences.map((s) => <NumberSequenceForm key={s.code} sequence={s} />)}
    </Stack>
  );
}
