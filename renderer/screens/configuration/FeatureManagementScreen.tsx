import { Alert, Button, Stack, Switch, TableCell, TableRow, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { FEATURE_IDS, FEATURES } from '../../../shared/configuration/features';
import { flagsOf, lastFeatureChange, outstandingDownloads } from '../../../shared/configuration/feature-management';
import { screenHref } from '../../app/screens';
import { useServices } from '../../hq/hq-context';
import { OutlinedTable } from '../../components/OutlinedTable';
import { useCommand } from '../../components/use-command';
import { term } from '../../i18n/terms';
import { formatCount } from '../../components/format';

/** Feature management: the asynchronous customer features, their prerequisites, and whether the channels have caught up. */
export function FeatureManagementScreen() {
  const { t } = useTranslation();
  const { db } = useServices();
  const command = useCommand();
  const features = useLiveQuery(() => db.features.toArray(), [db]) ?? [];
  const databases = useLiveQuery(() => db.channelDatabases.toArray(), [db]) ?? [];
  const flags = flagsOf(features);
  const outstanding = outstandingDownloads(databases, lastFeatureChange(features));
  const refusal = Object.values(command.fieldErrors)[0] ?? command.error;
  return (
    <Stack spacing={2} sx={{ maxWidth: 1100 }}>
      <Typography color="text.secondary">{t('features.intro')}</Typography>
      {refusal && <Alert severity="error" onClose={command.reset}>{refusal}</Alert>}
      <OutlinedTable label={t('nav.featureManagement')} columns={[{ label: t('features.feature') }, { label: t('features.prerequisites') }, { label: t('features.enabled') }]}>
        {FEATURE_IDS.map((id) => (
          <TableRow key={id}>
            <TableCell>{term(t, FEATURES[id].name)}</TableCell>
            <TableCell>
              {FEATURES[id].prerequisites.length === 0 ? '—' : FEATURES[id].prerequisites.map((p) => (
                <Typography key={p} variant="body2" color={flags[p] ? 'text.primary' : 'error'}>{flags[p] ? '✓' : '✗'} {term(t, FEATURES[p].name)}</Typography>
              ))}
            </TableCell>
            <TableCell>
              <Switch checked={flags[id]} disabled={command.busy} slotProps={{ input: { 'aria-label': term(t, FEATURES[id].name) } }}
                onChange={(e) => void command.run({ type: 'setFeatureEnabled', featureId: id, enabled: e.target.checked })} />
            </TableCell>
          </TableRow>
        ))}
      </OutlinedTable>
      {outstanding.length > 0 ? (
        <Alert severity="warning" action={<Button color="inherit" size="small" href={screenHref('distribution-schedule')}>{t('features.openDistribution')}</Button>}>
          {t('features.realTime')}
          <ul style={{ margin: '4px 0 0' }}>
            {outstanding.map((o) => (
              <li key={o.jobId}>{t('features.outstanding', {
                job: t(`jobNames.${o.jobId}`),
                databases: o.channelDatabaseIds.map((id) => databases.find((d) => d.id === id)?.name ?? id).join(', '),
              })}</li>
            ))}
          </ul>
        </Alert>
      ) : <Alert severity="success">{t('features.current')}</Alert>}
      <OutlinedTable label={t('features.channels')} columns={[{ label: t('sessions.channelDatabase') }, { label: t('features.asyncEditingInEffect') }, { label: t('features.realTimeCalls'), align: 'right' }]}>
        {databases.map((d) => (
          <TableRow key={d.id}>
            <TableCell>{d.name}</TableCell>
            <TableCell>{t(d.appliedFeatures['async-customer-editing'] ? 'common.yes' : 'common.no')}</TableCell>
            <TableCell align="right">{formatCount(d.realTimeCalls)}</TableCell>
          </TableRow>
        ))}
      </OutlinedTable>
    </Stack>
  );
}
