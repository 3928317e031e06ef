import type { HqDatabase } from '../db/hq-database';
import type { IntegrationTableMapping } from './coupled-records';
import { UserFacingError } from '../platform/user-facing-error';

/** The people of the simulated CRM, whose edits the simulator makes. */
export const CRM_USER = 'Maria Lind (CRM)';

export type CoupledChange = 'editHq' | 'editCrm' | 'deleteHq' | 'deleteCrm';

/** A phone number that differs for each moment and side, so an edit in both apps really conflicts. */
const phoneAt = (at: Date, prefix: string) => `${prefix} ${String(at.getTime()).slice(-8)}`;

/**
 * What people do to a coupled customer between two synchronizations: an HQ user changes its
 * phone and e-mail; a CRM user changes the account's phone and street; either deletes it. Both
 * edits before a synchronization make a conflict; a deletion on one side, a deletion conflict.
 */
export async function simulateCoupledChange(db: HqDatabase, integrationId: string, change: CoupledChange, now: Date): Promise<void> {
  const at = now.toISOString();
  await db.transaction('rw', db.customers, db.crmAccounts, db.crmCouplings, async () => {
    const coupling = await db.crmCouplings.where('integrationId').equals(integrationId).first();
    const customer = await db.customers.get(integrationId);
    const account = coupling ? await db.crmAccounts.get(coupling.crmId) : undefined;
    switch (change) {
      case 'editHq':
        if (!customer) throw new UserFacingError(`Customer ${integrationId} was deleted in Sync Console: nothing to edit.`);
        await db.customers.update(integrationId, { phone: phoneAt(now, '+47'), email: `${integrationId.toLowerCase()}.hq@example.com`, modifiedAt: at });
        return;
      case 'deleteHq':
        if (!customer) throw new UserFacingError(`Customer ${integrationId} is already deleted in Sync Console.`);
        await db.customers.delete(integrationId);
        return;
      case 'editCrm':
      case 'deleteCrm':
        if (!account) throw new UserFacingError(`Customer ${integrationId} has no coupled CRM account that still exists.`);
        if (change === 'deleteCrm') await db.crmAccounts.delete(account.accountid);
        else await db.crmAccounts.update(account.accountid, { telephone1: phoneAt(now, '+46'), address1_line1: `${account.address1_line1.replace(/ \(CRM\)$/, '')} (CRM)`, modifiedon: at, modifiedby: CRM_USER });
    }
  });
}

/** Integration table mapping CUSTOMER: enabled, and its conflict resolutions. */
export async function updateIntegrationTableMapping(db: HqDatabase, mapping: IntegrationTableMapping): Promise<void> {
  await db.integrationTableMappings.put(mapping);
}
