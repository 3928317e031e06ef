import { Alert, AlertTitle, Box, Stack, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { KEY_INDEX } from '../../../shared/db/retail-transaction-tables';
import { keyTuple, TRANSACTION_ENTITIES, type TransactionKey } from '../../../shared/orders/transaction-entities';
import { displayValue } from '../../../shared/orders/transaction-edits';
import { ORDER_STATUS_TABLE, type RefreshConflict } from '../../../shared/pull/refresh-conflict';
import { useServices } from '../../hq/hq-context';
import { LabeledField } from '../../components/LabeledField';
import { formatDateTime } from '../../components/format';
import { term } from '../../i18n/terms';
import { storedValueText } from '../orders/field-display';
import { orderErrorText } from '../orders/order-error-text';
import { specOf } from '../orders/edit-draft';

/** The order status's fields a refresh compares, by the labels the Synchronization status tab gives them. */
const STATUS_LABELS: Record<string, string> = {
  Status: 'transactions.pendingOrderStatus', ErrorDetail: 'syncStatus.orderErrorDetails', RetryCount: 'syncStatus.retryCount', SalesId: 'transactions.salesOrder',
};

/** Where the row is: the transaction's header, a line of one of its tables, or its Synchronization status. */
function tableName(t: TFunction, conflict: RefreshConflict): string {
  if (conflict.table === ORDER_STATUS_TABLE) return t('syncStatus.tab');
  const table = term(t, TRANSACTION_ENTITIES[conflict.table].label);
  return conflict.line === null ? table : t('refresh.tableLine', { table, line: conflict.line });
}

/** A field's label, and a value of it as the record's tabs show it (an empty one as "(empty)"). */
function fieldText(t: TFunction, conflict: RefreshConflict, field: string): { label: string; value: (raw: unknown) => string } {
  const shown = (raw: unknown, say: (text: string) => string) => {
    const text = displayValue(raw);
    return text === '' ? t('editAudit.emptyValue') : say(text);
  };
  const { table } = conflict;
  if (table === ORDER_STATUS_TABLE) {
    const say = (text: string) => (field === 'Status' ? t(`status.${text}`, { defaultValue: text }) : field === 'ErrorDetail' ? orderErrorText(t, text) : text);
    return { label: STATUS_LABELS[field] ? t(STATUS_LABELS[field]) : field, value: (raw) => shown(raw, say) };
  }
  const spec = specOf(table, field);
  return { label: spec ? term(t, spec.label) : field, value: (raw) => shown(raw, (text) => storedValueText(t, table, field, text)) };
}

/**
 * In a transaction's record: the rows a refresh found changed in HQ since they were edited here.
 * This workspace keeps its version; HQ's is shown beside it, field by field, with what was pulled
 * before the edit, so the auditor sees what each side did. Nothing when there is none.
 */
export function ChangedInHqRecord({ txKey }: { txKey: TransactionKey }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const conflicts = useLiveQuery(() => db.refreshConflicts.where(KEY_INDEX).equals(keyTuple(txKey)).toArray(), [db, ...keyTuple(txKey)]);
  if (!conflicts?.length) return null;
  return (
    <Alert severity="warning" role="region" aria-label={t('refresh.changedInHq')} sx={{ mb: 1.5, '& .MuiAlert-message': { flex: 1, minWidth: 0 } }}>
      <AlertTitle>{t('refresh.changedInHq')}</AlertTitle>
      <Typography variant="body2" sx={{ mb: 1 }}>{t('refresh.changedInHqText', { time: formatDateTime(conflicts[0]!.foundAt) })}</Typography>
      <Stack spacing={1.5}>
        {conflicts.map((conflict) => {
          const name = tableName(t, conflict);
          return (
            <Stack key={conflict.id} spacing={1} role="group" aria-label={t('refresh.bothVersions', { table: name })}>
              <Typography variant="subtitle2" component="h3">{name}</Typography>
              {conflict.fields.map(({ field, here, hq, pulled }) => {
                const { label, value } = fieldText(t, conflict, field);
                // Side by side where the record is wide, one under another where it is narrow.
                return (
                  <Box key={field} role="group" aria-label={label} sx={{ pl: 1, borderLeft: 2, borderColor: 'warning.main' }}>
                    <Typography variant="body2" sx={{ fontWeight: 500 }}>{label}</Typography>
                    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))', columnGap: 2, rowGap: 0.5 }}>
                      {([['refresh.here', here], ['refresh.hqNow', hq], ['refresh.pulled', pulled]] as const).map(([version, raw]) => (
                        <LabeledField key={version} label={t(version)}>
                          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'break-word' }}>{value(raw)}</Typography>
                        </LabeledField>
                      ))}
                    </Box>
                  </Box>
                );
              })}
            </Stack>
          );
        })}
      </Stack>
    </Alert>
  );
}
