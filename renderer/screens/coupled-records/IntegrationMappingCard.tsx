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
  // Business Central's captions (enums Integration Update/Deletion Conflict Resolution): None is blank, so it is named for screen readers only.
  const option = (r: UpdateConflictResolution | DeletionConflictResolution) => r === 'None'
    ? <MenuItem key={r} value={r} aria-label={t('coupled.resolutions.None')}>{'\u00a0'}</MenuItem>
    : <MenuItem key={r} value={r}>{t(`coupled.resolutions.${r}`)}</MenuItem>;
  const save = (change: Partial<IntegrationTableMapping>) => void command.run({ type: 'updateIntegrationTableMapping', mapping: { ...mapping, ...change } });
  return (
    <Stack spacing={1.5} component="section" aria-label={t('coupled.mapping')}>
      <Typography variant="h6">{t('coupled.mapping')}</Typography>
      <Typography color="text.secondary">{t('coupled.mappingHelp')}</Typography>
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 1, alignItems: 'center' }}>
        <FormControlLabel control={<Switch checked={mapping.enabled} onChange={(e) => save({ enabled: e.target.checked })} />} label={t('coupled.mappingEnabled')} />
        <TextField select label={t('coupled.updateConflictResolution')} value={mapping.updateConflictResolution} sx={{ minWidth: 320 }}
          onChange={(e) => save({ updateConflictResolution: e.target.value as UpdateConflictResolution })}>
          {UPDATE.map(option)}
        </TextField>
        <TextField select label={t('coupled.deletionConflictResolution')} value={mapping.deletionConflictResolution} sx={{ minWidth: 260 }}
          onChange={(e) => save({ deletionConflictResolution: e.target.value as DeletionConflictResolution })}>
          {DELETION.map(option)}
        </TextField>
      </Stack>
      <Typography variant="body2" color="text.secondary">{t('coupled.resolutionNoneHelp')}</Typography>
      {command.result && <Alert severity="success">{t('coupled.mappingSaved')}</Alert>}
      {command.error && <Alert severity="error">{command.error}</Alert>}
    </Stack>
  );
}
