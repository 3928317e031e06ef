import { describe, expect, it } from 'vitest';
import { queryCustomerOperations } from '../../shared/queries/customer-operations';
import { runJob, uploadedCustomers } from '../support/customers';

describe('Customer synchronization status query', () => {
  it('filters by any customer field, containing the value in any case', async () => {
    const { db } = await uploadedCustomers();
    const byEmail = await queryCustomerOperations(db, { field: 'email', value: 'EMMA.HOLM', status: 'all' });
    expect(byEmail.map((r) => r.header.operationId)).toEqual(['OP-C0003']);
    const byTier = await queryCustomerOperations(db, { field: 'attribute:Loyalty tier', value: 'platinum', status: 'all' });
    expect(byTier.map((r) => r.header.operationId)).toEqual(['OP-C0009']);
    const byChannel = await queryCustomerOperations(db, { field: 'channelName', value: 'Seattle', status: 'all' });
    expect(byChannel.length).toBeGreaterThan(0);
    expect(byChannel.every((r) => r.header.storeId === 'SEA')).toBe(true);
  });

  it('filters by status and lists the newest operation first', async () => {
    const { db, engine } = await uploadedCustomers();
    await runJob(engine, 'synchronize-customers');
    const failed = await queryCustomerOperations(db, { field: 'name', value: '', status: 'Failed' });
    expect(failed).toHaveLength(7);
    const all = await queryCustomerOperations(db, { field: 'name', value: '', status: 'all' });
    expect(all.map((r) => r.header.operationTimestamp)).toEqual(all.map((r) => r.header.operationTimestamp).sort().reverse());
  });
});
