import { FormControlLabel, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { MAX_INTERVAL_MINUTES, type Recurrence } from '../../../shared/runner/runner-schemas';

export interface RecurrenceDraft {
  interval: string;
  endKind: 'never' | 'after';
  runs: string;
}

export const defaultRecurrenceDraft = (interval = 10): RecurrenceDraft => ({ interval: String(interval), endKind: 'never', runs: '10' });

const whole = (text: string, min: number, max: number): number | null => (/^\d+$/.test(text.trim()) && +text >= min && +text <= max ? +text : null);

/** The recurrence a draft describes, or the field errors that keep it from being one. */
export function parseRecurrence(draft: RecurrenceDraft): { recurrence: Recurrence | null; errors: { interval?: string; runs?: string } } {
  const interval = whole(draft.interval, 1, MAX_INTERVAL_MINUTES);
  const runs = draft.endKind === 'after' ? whole(draft.runs, 1, 100_000) : null;
  const errors = {
    ...(interval === null ? { interval: `Enter whole minutes from 1 to ${MAX_INTERVAL_MINUTES}.` } : {}),
    ...(draft.endKind === 'after' && runs === null ? { runs: 'Enter a whole number of runs from 1 to 100000.' } : {}),
  };
  if (interval === null || (draft.endKind === 'after' && runs === null)) return { recurrence: null, errors };
  return { recurrence: { intervalMinutes: interval, end: runs === null ? { kind: 'never' } : { kind: 'after', runs } }, errors };
}

/** Recurrence: an interval in minutes, and No end date or End after N runs. */
export function RecurrenceFields({ draft, onChange, showErrors }: { draft: RecurrenceDraft; onChange: (d: RecurrenceDraft) => void; showErrors: boolean }) {
  const { t } = useTranslation();
  const { errors } = parseRecurrence(draft);
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
      <TextField label={t('batchJobs.interval')} value={draft.interval} inputMode="numeric" sx={{ width: 170 }}
        onChange={(e) => onChange({ ...draft, interval: e.target.value })}
        error={showErrors && Boolean(errors.interval)} helperText={(showErrors && errors.interval) || ' '} />
      <RadioGroup row value={draft.endKind} onChange={(e) => onChange({ ...draft, endKind: e.target.value as RecurrenceDraft['endKind'] })}
        aria-label={t('batchJobs.end')}>
        <FormControlLabel value="never" control={<Radio size="small" />} label={t('batchJobs.noEndDate')} />
        <FormControlLabel value="after" control={<Radio size="small" />} label={t('batchJobs.endAfter')} />
      </RadioGroup>
      {draft.endKind === 'after' && (
        <TextField label={t('batchJobs.runs')} value={draft.runs} inputMode="numeric" sx={{ width: 120 }}
          onChange={(e) => onChange({ ...draft, runs: e.target.value })}
          error={showErrors && Boolean(errors.runs)} helperText={(showErrors && errors.runs) || ' '} />
      )}
    </Stack>
  );
}
