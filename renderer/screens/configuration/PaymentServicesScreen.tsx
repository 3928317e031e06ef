import { useState } from 'react';
import { Alert, FormControlLabel, Stack, Switch, TableCell, TableRow, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../hq/hq-context';
import { useCommand } from '../../components/use-command';
import { OutlinedTable } from '../../components/OutlinedTable';

/** Accounts receivable › Payment setup › Payment services: switching one on as default switches the others off. */
export function PaymentServicesScreen() {
  const { t } = useTranslation();
  const { db } = useServices();
  const command = useCommand();
  const services = useLiveQuery(() => db.paymentServices.toArray(), [db]) ?? [];
  const [changedId, setChangedId] = useState<string | null>(null);
  const changed = command.result ? services.find((s) => s.id === changedId) : undefined;
  return (
    <Stack spacing={2} sx={{ maxWidth: 760 }}>
      <Typography color="text.secondary">{t('paymentServices.intro')}</Typography>
      {services.length > 0 && !services.some((s) => s.defaultForNewCreditCards) && <Alert severity="warning">{t('paymentServices.noDefault')}</Alert>}
      <OutlinedTable label={t('nav.paymentServices')} columns={[{ label: t('paymentServices.name') }, { label: t('paymentServices.defaultProcessor') }]}>
        {services.map((s) => (
          <TableRow key={s.id}>
            <TableCell>{s.name}</TableCell>
            <TableCell>
              <FormControlLabel
                label={t(s.defaultForNewCreditCards ? 'common.yes' : 'common.no')}
                control={
                  <Switch checked={s.defaultForNewCreditCards} disabled={command.busy}
                    slotProps={{ input: { 'aria-label': `${t('paymentServices.defaultProcessor')}: ${s.name}` } }}
                    onChange={(e) => { setChangedId(s.id); void command.run({ type: 'setDefaultPaymentService', serviceId: s.id, isDefault: e.target.checked }); }} />
                }
              />
            </TableCell>
          </TableRow>
        ))}
      </OutlinedTable>
      {changed && <Alert severity="success">{t('paymentServices.saved', { name: changed.name })}</Alert>}
      {command.error && <Alert severity="error">{command.error}</Alert>}
    </Stack>
  );
}
