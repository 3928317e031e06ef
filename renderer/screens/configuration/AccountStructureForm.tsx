import { useState } from 'react';
import { Alert, Box, Button, IconButton, Paper, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { AccountStructure, MainAccountRange } from '../../../shared/configuration/configuration';
import { accountRangesErrors } from '../../../shared/configuration/account-structure-rules';
import { useCommand } from '../../components/use-command';
import { useUnsavedChanges } from '../../app/unsaved-changes';

/** One account structure's allowed main account ranges, edited as a whole and saved together. */
export function AccountStructureForm({ structure }: { structure: AccountStructure }) {
  const { t } = useTranslation();
  const command = useCommand();
  const [draft, setDraft] = useState<MainAccountRange[] | null>(null);
  const ranges = draft ?? structure.allowedRanges;
  useUnsavedChanges(draft !== null ? { id: `account-structure:${structure.id}`, label: structure.id } : null);
  const edit = (next: MainAccountRange[]) => { setDraft(next); command.reset(); };
  const setRange = (i: number, patch: Partial<MainAccountRange>) => edit(ranges.map((r, j) => (i === j ? { ...r, ...patch } : r)));

  const save = async () => {
    const errors = accountRangesErrors(ranges);
    if (Object.keys(errors).length > 0) return command.setFieldErrors(errors);
    if (await command.run({ type: 'updateAccountStructure', structureId: structure.id, ranges })) setDraft(null);
  };
  const rangeField = (i: number, end: 'from' | 'to') => {
    const error = command.fieldErrors[`ranges.${i}.${end}`];
    return (
      <TextField label={t(`accountStructures.${end}`)} value={ranges[i]![end]} inputMode="numeric" slotProps={{ htmlInput: { maxLength: 6 } }}
        onChange={(e) => setRange(i, { [end]: e.target.value.trim() })} error={Boolean(error)} helperText={error ?? ' '} />
    );
  };

  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="form" aria-label={structure.name} onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <Typography variant="h6">{structure.id}</Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>{structure.name}</Typography>
      {ranges.map((_, i) => (
        <Stack key={i} direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
          {rangeField(i, 'from')}
          {rangeField(i, 'to')}
          <IconButton aria-label={`${t('accountStructures.removeRange')} ${i + 1}`} onClick={() => edit(ranges.filter((_, j) => j !== i))} sx={{ mt: 0.5 }}>
            ×
          </IconButton>
        </Stack>
      ))}
      {command.fieldErrors.ranges && <Alert severity="error" sx={{ mb: 1 }}>{command.fieldErrors.ranges}</Alert>}
      <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center' }}>
        <Button onClick={() => edit([...ranges, { from: '', to: '' }])}>{t('accountStructures.addRange')}</Button>
        <Button type="submit" variant="contained" disabled={command.busy || draft === null}>{t('accountStructures.save')}</Button>
        {draft && <Button onClick={() => { setDraft(null); command.reset(); }}>{t('accountStructures.discard')}</Button>}
        {command.result && <Alert severity="success" sx={{ py: 0 }}>{t('accountStructures.saved')}</Alert>}
        {command.error && Object.keys(command.fieldErrors).length === 0 && <Alert severity="error" sx={{ py: 0 }}>{command.error}</Alert>}
      </Box>
    </Paper>
  );
}
