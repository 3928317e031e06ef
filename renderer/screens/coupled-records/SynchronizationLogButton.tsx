import { useState } from 'react';
import { Button } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../hq/hq-context';
import { SynchronizationLogDialog } from './SynchronizationLogDialog';

/** Synchronization log, from any place that shows an HQ customer: there only while the customer is coupled or has a log. */
export function SynchronizationLogButton({ customerAccount }: { customerAccount: string }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const [open, setOpen] = useState(false);
  const logged = useLiveQuery(async () => (await db.integrationSynchLog.where('integrationId').equals(customerAccount).count()) > 0
    || (await db.crmCouplings.where('integrationId').equals(customerAccount).count()) > 0, [db, customerAccount]);
  const name = useLiveQuery(() => db.customers.get(customerAccount).then((c) => c?.name ?? ''), [db, customerAccount]);
  if (!logged) return null;
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>{t('coupled.synchronizationLog')}</Button>
      {open && <SynchronizationLogDialog integrationId={customerAccount} description={`${customerAccount} ${name ?? ''}`.trim()} onClose={() => setOpen(false)} />}
    </>
  );
}
