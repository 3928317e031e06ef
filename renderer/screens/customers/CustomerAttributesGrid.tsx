import { useState } from 'react';
import { Alert, Box, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { AsyncOperation } from '../../../shared/customers/async-customer-operation';
import { fieldProblem } from '../../../shared/customers/customer-rules';
import type { FieldErrors } from '../../../shared/platform/validation-error';
import { useServices } from '../../hq/hq-context';
import { useCommand } from '../../components/use-command';
import { operationFieldRows } from './operation-fields';
import { OffHereReason, useOffHere } from '../../components/OffInImportedWorkspace';
import { term } from '../../i18n/terms';
import { customerProblemText } from './customer-error-text';
import { customerConfiguration } from '../../../shared/customers/customer-configuration';
import { useUnsavedChanges } from '../../app/unsaved-changes';
import { operationValueText } from './attribute-value-text';

/**
 * The Customer attributes grid: each value's old value and new value, the new ones editable until
 * the operation is synchronized. A table of text fields rather than the data grid's cell editor,
 * so every invalid value shows its reason beneath it. Save, then Synchronize.
 */
export function CustomerAttributesGrid({ operation, user }: { operation: AsyncOperation; user: string }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const save = useCommand<'updateCustomerOperation'>();
  const synchronize = useCommand<'synchronizeCustomerOperations'>();
  const synchronizeOff = useOffHere('synchronizeCustomerOperations');
  const config = useLiveQuery(() => customerConfiguration(db), [db]);
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const rows = operationFieldRows(operation);
  const editable = operation.header.status !== 'Succeeded';
  const changes = rows.filter((r) => r.field in draft && draft[r.field] !== r.newValue).map((r) => ({ field: r.field, newValue: draft[r.field]! }));
  // Values typed and not saved: leaving asks first, and Synchronize (here and the list's) refuses.
  const { header } = operation;
  useUnsavedChanges(changes.length > 0 ? { id: header.operationId, label: header.name ? `${header.name} (${header.operationId})` : header.operationId } : null);
  // What HQ will reject in the stored values, shown beside them so the fix is plain to see.
  const problems = editable && config ? Object.fromEntries(rows.map((r) => [r.field, fieldProblem(r.field, r.newValue, config)])) : {};

  const onSave = async () => {
    if (!config) return;
    const invalid = Object.fromEntries(changes.map((c) => [c.field, fieldProblem(c.field, c.newValue, config)]).filter(([, p]) => p)) as FieldErrors;
    setErrors(invalid);
    if (Object.keys(invalid).length > 0) return;
    const result = await save.run({ type: 'updateCustomerOperation', operationId: operation.header.operationId, changes, editedBy: user });
    if (result) setDraft({});
  };
  const fieldErrors = { ...save.fieldErrors, ...errors };

  return (
    <Box>
      <Table size="small" aria-label={t('customers.attributesGrid')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('customers.attribute')}</TableCell>
            <TableCell>{t('customers.oldValue')}</TableCell>
            <TableCell>{t('customers.newValue')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => {
            const error = fieldErrors[row.field];
            const stale = problems[row.field] && !(row.field in draft);
            return (
              <TableRow key={row.field}>
                <TableCell sx={{ width: '28%' }}>{term(t, row.label)}</TableCell>
                <TableCell sx={{ width: '32%', color: 'text.secondary', overflowWrap: 'anywhere' }}>{operationValueText(t, row.field, row.oldValue) || '—'}</TableCell>
                <TableCell>
                  {editable ? (
                    <TextField fullWidth value={draft[row.field] ?? row.newValue} slotProps={{ htmlInput: { 'aria-label': `${t('customers.newValue')}: ${term(t, row.label)}` } }}
                      onChange={(e) => { setDraft({ ...draft, [row.field]: e.target.value }); setErrors({}); save.reset(); }}
                      error={Boolean(error) || Boolean(stale)} helperText={error ? customerProblemText(t, error) : stale ? customerProblemText(t, problems[row.field]!) : undefined} />
                  ) : <Typography>{operationValueText(t, row.field, row.newValue) || '—'}</Typography>}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {editable && (
        <Stack direction="row" spacing={1.5} sx={{ mt: 1.5, alignItems: 'center', flexWrap: 'wrap' }}>
          <Button variant="outlined" disabled={changes.length === 0 || save.busy} onClick={() => void onSave()}>{t('customers.save')}</Button>
          {changes.length > 0 && <Button onClick={() => { setDraft({}); setErrors({}); }}>{t('accountStructures.discard')}</Button>}
          <OffHereReason off={synchronizeOff}>
            <Button variant="contained" disabled={synchronizeOff || changes.length > 0 || synchronize.busy}
              onClick={() => void synchronize.run({ type: 'synchronizeCustomerOperations', operationIds: [operation.header.operationId] })}>
              {t('customers.synchronize')}
            </Button>
          </OffHereReason>
          {changes.length > 0 && <Typography variant="body2" color="text.secondary">{t('customers.saveFirst')}</Typography>}
          {save.result && <Alert severity="success" sx={{ py: 0 }}>{t('customers.saved', { count: save.result.changed })}</Alert>}
          {save.error && Object.keys(save.fieldErrors).length === 0 && <Alert severity="error" sx={{ py: 0 }}>{save.error}</Alert>}
          {synchronize.result?.counts && (
            <Alert severity={synchronize.result.counts.failed ? 'warning' : 'success'} sx={{ py: 0 }}>
              {t(synchronize.result.counts.failed ? 'customers.stillFailed' : 'customers.synchronized')}
            </Alert>
          )}
          {synchronize.error && <Alert severity="error" sx={{ py: 0 }}>{synchronize.error}</Alert>}
        </Stack>
      )}
    </Box>
  );
}
