import { Alert, FormControlLabel, MenuItem, Stack, Switch, TextField, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { DeletionConflictResolution, IntegrationTableMapping, UpdateConflictResolution } from '../../../shared/coupled-records/coupled-records';
import { useServices } from '../../hq/hq-context';
import { useCommand } from '../../components/use-command';

const UPDATE: UpdateConflictResolution[] = ['None', 'SendUpdate', 'GetUpdate'];
const DELETION: DeletionConflictResolution[] = ['None', 'RestoreRecords', 'RemoveCoupling'];

/** Integration table mapping CUSTOMER: enabled, and how Integration synchronization resolves conflicts by itself. */
export function IntegrationMappingCard() {
  const { t } = useTranslation();
  const { db } = useServices();
  const mapping = useLiveQuery(() => db.integrationTableMappings.get('CUSTOMER'), [db]);
  const command = useCommand();
  if (!mapping) return null;
  const save = (change: Partial<IntegrationTableMapping>) => void command.run({ type: 'updateIntegrationTableMapping', mapping: { ...mapping, ...change } });
  return (
    <Stack spacing={1.5} component="section" aria-label={t('coupled.mapping')}>
      <Typography variant="h6">{t('coupled.mapping')}</Typography>
      <Typography color="text.secondary">{t('coupled.mappingHelp')}</Typography>
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 1, alignItems: 'center' }}>
        <FormControlLabel control={<Switch checked={mapping.enabled} onChange={(e) => save({ enabled: e.target.checked })} />} label={t('coupled.mappingEnabled')} />
        <TextField select label={t('coupled.updateConflictResolution')} value={mapping.updateConflictResolution} sx={{ minWidth: 260 }}
          onChange={(e) => save({ updateConflictResolution: e.target.value as UpdateConflictResolution })}>
          {UPDATE.map((r) => <MenuItem key={r} value={r}>{t(`coupled.resolutions.${r}`)}</MenuItem>)}
        </TextField>
        <TextField select label={t('coupled.deletionConflictResolution')} value={mapping.deletionConflictResolution} sx={{ minWidth: 260 }}
          onChange={(e) => save({ deletionConflictResolution: e.target.value as DeletionConflictResolution })}>
          {DELETION.map((r) => <MenuItem key={r} value={r}>{t(`coupled.resolutions.${r}`)}</MenuItem>)}
        </TextField>
      </Stack>
      {command.result && <Alert severity="success">{t('coupled.mappingSaved')}</Alert>}
      {command.error && <Alert severity="error">{command.error}</Alert>}
    </Stack>
  );
}
