import { Alert, Stack, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../hq/hq-context';
import { NumberSequenceForm } from './NumberSequenceForm';
import { useScreenLocation } from '../../app/use-screen-location';

export function NumberSequencesScreen() {
  const { t } = useTranslation();
  const { db } = useServices();
  const loaded = useLiveQuery(() => db.numberSequences.toArray(), [db]);
  const sequences = loaded ?? [];
  // A link may name the sequence to fix (#/number-sequences/USRT-SO, from a failed order): it comes first.
  const [named = null] = useScreenLocation('number-sequences').record;
  const ordered = [...sequences.filter((s) => s.code === named), ...sequences.filter((s) => s.code !== named)];
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">{t('numberSequences.intro')}</Typography>
      {/* An imported workspace has none (an export of transactions carries no setup): said, not a blank page. */}
      {loaded?.length === 0 && <Alert severity="info">{t('numberSequences.none')}</Alert>}
      {ordered.map((s) => <NumberSequenceForm key={s.code} sequence={s} named={s.code === named} />)}
    </Stack>
  );
}
