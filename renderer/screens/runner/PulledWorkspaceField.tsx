import { MenuItem, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useWorkspaces } from '../import/use-workspaces';

/** The pulled workspace Refresh from HQ brings up to date: one of those pulled on Connect to HQ (an import from files has no HQ to ask). */
export function PulledWorkspaceField({ value, onChange }: { value: string; onChange: (workspaceId: string) => void }) {
  const { t } = useTranslation();
  const pulled = useWorkspaces().filter((w) => w.pulledFrom);
  return (
    <TextField select label={t('batchJobs.pulledWorkspace')} value={pulled.some((w) => w.id === value) ? value : ''} sx={{ minWidth: 320, maxWidth: 560 }}
      disabled={pulled.length === 0} helperText={pulled.length === 0 ? t('batchJobs.noPulledWorkspace') : value ? ' ' : t('batchJobs.choosePulledWorkspace')}
      onChange={(e) => onChange(e.target.value)}>
      {pulled.map((w) => <MenuItem key={w.id} value={w.id}>{w.name}</MenuItem>)}
    </TextField>
  );
}
