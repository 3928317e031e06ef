import { useRef, useState } from 'react';
import { Alert, Box, Button, Chip, Paper, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { NumberSequence } from '../../../shared/configuration/configuration';
import { formatSequenceNumber, numberSequenceEditErrors } from '../../../shared/configuration/number-sequence-rules';
import { useCommand } from '../../components/use-command';
import { useUnsavedChanges } from '../../app/unsaved-changes';
import { useFocusOnArrival } from '../../app/arrival-focus';
import { term } from '../../i18n/terms';

/** Blank or malformed input becomes NaN, which the shared rules reject with a clear message. */
const parseWhole = (text: string): number => (/^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** One sequence's Next and Largest, saved together; `named` when a link opened the screen on it (it takes focus, outlined). */
export function NumberSequenceForm({ sequence, named = false }: { sequence: NumberSequence; named?: boolean }) {
  const { t } = useTranslation();
  const command = useCommand();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(sequence.code, heading);
  // Until the user types, the form follows the stored record (a job run moves Next on).
  const [draft, setDraft] = useState<{ next: string; largest: string } | null>(null);
  const values = draft ?? { next: String(sequence.next), largest: String(sequence.largest) };
  const remaining = Math.max(0, sequence.largest - sequence.next + 1);
  const unsaved = draft !== null && (draft.next !== String(sequence.next) || draft.largest !== String(sequence.largest));
  useUnsavedChanges(unsaved ? { id: `number-sequence:${sequence.code}`, label: sequence.code } : null);

  const save = async () => {
    const edit = { next: parseWhole(values.next), largest: parseWhole(values.largest) };
    const errors = numberSequenceEditErrors(sequence, edit);
    if (Object.keys(errors).length > 0) return command.setFieldErrors(errors);
    if (await command.run({ type: 'updateNumberSequence', code: sequence.code, ...edit })) setDraft(null);
  };
  const field = (name: 'next' | 'largest') => (
    <TextField label={t(`numberSequences.${name}`)} value={values[name]} inputMode="numeric"
      onChange={(e) => { setDraft({ ...values, [name]: e.target.value }); command.reset(); }}
      error={Boolean(command.fieldErrors[name])} helperText={command.fieldErrors[name] ?? ' '} />
  );

  return (
    <Paper variant="outlined" sx={{ p: 2, maxWidth: 760, ...(named ? { borderColor: 'primary.main', borderWidth: 2 } : {}) }} component="form" aria-label={sequence.code}
      onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
        <Typography variant="h6" ref={heading} tabIndex={-1}>{sequence.code}</Typography>
        <Typography color="text.secondary">{t('numberSequences.reference')}: {term(t, sequence.reference)}</Typography>
        <Chip size="small" color={remaining === 0 ? 'error' : remaining < 100 ? 'warning' : 'success'}
          label={remaining === 0 ? t('numberSequences.exhausted') : t('numberSequences.remaining', { count: remaining })} />
      </Stack>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 2 }}>
        <TextField label={t('numberSequences.format')} value={formatSequenceNumber(sequence, 0).replace(/0/g, '#')} disabled />
        <TextField label={t('numberSequences.smallest')} value={sequence.smallest} disabled />
        {field('next')}
        {field('largest')}
      </Box>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button type="submit" variant="contained" disabled={command.busy}>{t('numberSequences.save')}</Button>
        {command.result && <Alert severity="success" sx={{ py: 0 }}>{t('numberSequences.saved')}</Alert>}
        {command.error && Object.keys(command.fieldErrors).length === 0 && <Alert severity="error" sx={{ py: 0 }}>{command.error}</Alert>}
      </Stack>
    </Paper>
  );
}
