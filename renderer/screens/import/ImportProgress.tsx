import { Button, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { RunProgress } from '../../components/RunProgress';
import { formatCount } from '../../components/format';
import { rowsPerSecond } from './import-rate';
import { useImportSession } from './import-session';

/** While an import runs: how far it is (the total is unknown until the files are read through) and Cancel. */
export function ImportProgress() {
  const { t } = useTranslation();
  const { phase, cancel } = useImportSession();
  if (phase.kind !== 'reading' && phase.kind !== 'importing') return null;
  const label = phase.kind === 'reading'
    ? t('imports.reading')
    : t('imports.progress', { rows: formatCount(phase.rowsRead), rate: formatCount(rowsPerSecond(phase.rowsRead, phase.elapsedMs)) });
  const canceling = phase.kind === 'importing' && phase.canceling;
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }} component="section" aria-label={t('imports.progressLabel')}>
      <Stack sx={{ flex: 1 }}><RunProgress done={0} total={null} label={label} /></Stack>
      <Button color="warning" variant="outlined" disabled={canceling} onClick={cancel}>
        {canceling ? t('imports.canceling') : t('imports.cancel')}
      </Button>
    </Stack>
  );
}
