import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_FIELD_MAP, crmValue } from '../../../shared/coupled-records/coupled-records';
import { useServices } from '../../hq/hq-context';

export interface OpenedRecord {
  side: 'hq' | 'crm';
  integrationId: string;
  crmId: string;
}

/** One side of a coupling opened: the HQ customer or the CRM account, with its synchronized fields. */
export function CoupledRecordDialog({ record, onClose }: { record: OpenedRecord; onClose: () => void }) {
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
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        {found && !exists ? <Typography>{t('coupled.recordDeleted')}</Typography> : (
          <Table size="small" aria-label={title}>
            <TableBody>
              {CUSTOMER_FIELD_MAP.map(({ field }) => (
                <TableRow key={field}><TableCell component="th">{t(`coupled.fields.${field}`)}</TableCell><TableCell>{valueOf(field)}</TableCell></TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </DialogContent>
      <DialogActions><Button onClick={onClose}>{t('coupled.close')}</Button></DialogActions>
    </Dialog>
  );
}
