import { Button, Paper, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_FIELD_MAP, crmValue } from '../../../shared/coupled-records/coupled-records';
import { useServices } from '../../hq/hq-context';

export interface OpenedRecord {
  side: 'hq' | 'crm';
  integrationId: string;
  crmId: string;
}

/** One side of a coupling opened beside the list: the HQ customer or the CRM account, with its synchronized fields. */
export function CoupledRecordPanel({ record, onClose }: { record: OpenedRecord; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const found = useLiveQuery(async () => (record.side === 'hq'
    ? { customer: await db.customers.get(record.integrationId), account: undefined }
    : { customer: undefined, account: await db.crmAccounts.get(record.crmId) }), [db, record]);
  const title = record.side === 'hq' ? t('coupled.hqRecord', { account: record.integrationId }) : t('coupled.crmRecord', { name: found?.account?.name ?? record.crmId });
  const valueOf = (field: (typeof CUSTOMER_FIELD_MAP)[number]['field']) =>
    found?.customer ? found.customer[field] : found?.account ? crmValue(found.account, field) : '';
  const exists = Boolean(found?.customer ?? found?.account);
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={title}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography variant="subtitle1" component="h2">{title}</Typography>
        <Button onClick={onClose}>{t('coupled.close')}</Button>
      </Stack>
      {found && !exists ? <Typography>{t('coupled.recordDeleted')}</Typography> : (
        <Table size="small" aria-label={title}>
          <TableBody>
            {CUSTOMER_FIELD_MAP.map(({ field }) => (
              <TableRow key={field}><TableCell component="th">{t(`coupled.fields.${field}`)}</TableCell><TableCell>{valueOf(field)}</TableCell></TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}
