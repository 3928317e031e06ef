import { describe, expect, it } from 'vitest';
import { outstandingDownloads, lastFeatureChange } from '../../shared/configuration/feature-management';
import { edit, runJob, uploadedCustomers } from '../support/customers';
import type { HqEngine } from '../../shared/engine/hq-engine';

const enable = (engine: HqEngine, featureId: 'async-customer-addresses' | 'async-customer-editing' | 'customer-orders-performance', enabled = true) =>
  engine.execute({ type: 'setFeatureEnabled', featureId, enabled });
const simulateEdits = (engine: HqEngine, count = 6) => engine.execute({ type: 'simulateCustomerOperations', kind: 'edit', fault: null, count });

describe('Feature management', () => {
  it('refuses "Enable editing customers in asynchronous mode" before its prerequisites, naming the missing ones', async () => {
    const { db, engine } = await uploadedCustomers();
    await expect(enable(engine, 'async-customer-editing')).rejects.toMatchObject({
      fieldErrors: { 'async-customer-editing': 'Enable editing customers in asynchronous mode can only be enabled after: Enable creating customer addresses asynchronously.' },
    });
    expect((await db.features.get('async-customer-editing'))!.enabled).toBe(false);
    await enable(engine, 'async-customer-addresses');
    await enable(engine, 'async-customer-editing');
    expect((await db.features.get('async-customer-editing'))!.enabled).toBe(true);
  });

  it('refuses to disable a prerequisite while a feature that needs it is enabled', async () => {
    const { db, engine } = await uploadedCustomers();
    await enable(engine, 'async-customer-addresses');
    await enable(engine, 'async-customer-editing');
    await expect(enable(engine, 'customer-orders-performance', false)).rejects.toThrow(/Disable Enable editing customers in asynchronous mode first/);
    expect((await db.features.get('customer-orders-performance'))!.enabled).toBe(true);
  });

  it('keeps channels making real-time calls until 1110, 1010 and 1070 have all run, and says which are outstanding', async () => {
    const { db, engine } = await uploadedCustomers();
    await enable(engine, 'async-customer-addresses');
    await enable(engine, 'async-customer-editing');
    const outstanding = async () => outstandingDownloads(await db.channelDatabases.toArray(), lastFeatureChange(await db.features.toArray())).map((o) => o.jobId);

    expect(await outstanding()).toEqual(['1110', '1010', '1070']);
    // Each edit a channel cannot queue is a real-time call to HQ instead.
    const before1010 = (await simulateEdits(engine)).counts!;
    expect(before1010).toMatchObject({ processed: 6, succeeded: 0, skipped: 6 });
    await runJob(engine, '1110');
    await runJob(engine, '1010');
    expect(await outstanding()).toEqual(['1070']);
    const before1070 = (await simulateEdits(engine)).counts!;
    expect(before1070).toMatchObject({ succeeded: 0, skipped: 6 });
    expect((await db.channelDatabases.toArray()).reduce((n, d) => n + d.realTimeCalls, 0)).toBe(before1010.skipped + before1070.skipped);

    await runJob(engine, '1070');
    expect(await outstanding()).toEqual([]);
    const before = await db.channelCustomerOperations.count();
    expect((await simulateEdits(engine)).counts).toMatchObject({ succeeded: 6, skipped: 0 });
    expect(await db.channelCustomerOperations.count()).toBe(before + 6);
  });

  it('an offline channel keeps the old flags until the downloads reach it', async () => {
    const { db, engine } = await uploadedCustomers();
    await engine.execute({ type: 'setChannelDatabaseOnline', channelDatabaseId: 'SEATTLE-CDB', online: false });
    await enable(engine, 'async-customer-addresses');
    for (const job of ['1110', '1010', '1070'] as const) await runJob(engine, job);
    expect((await db.channelDatabases.get('SEATTLE-CDB'))!.appliedFeatures['async-customer-addresses']).toBe(false);
    expect((await db.channelDatabases.get('ECOMM-CDB'))!.appliedFeatures['async-customer-addresses']).toBe(true);
    const outstanding = outstandingDownloads(await db.channelDatabases.toArray(), lastFeatureChange(await db.features.toArray()));
    expect(outstanding.every((o) => o.channelDatabaseIds.join() === 'SEATTLE-CDB')).toBe(true);
  });
});

describe('the channel simulator for customers', () => {
  it('creates customers with an async account that P-0001 uploads and the job synchronizes', async () => {
    const { db, engine } = await uploadedCustomers();
    const known = new Set(await db.asyncCustomers.toCollection().primaryKeys());
    expect((await engine.execute({ type: 'simulateCustomerOperations', kind: 'create', fault: null, count: 4 })).counts).toMatchObject({ succeeded: 4 });
    await engine.execute({ type: 'runJob', job: { jobId: 'P-0001', channelDatabaseGroupIds: null }, trigger: 'manual', batchJobId: null });
    const fresh = (await db.asyncCustomers.toArray()).filter((o) => !known.has(o.operationId));
    expect(fresh).toHaveLength(4);
    expect(fresh.every((o) => o.status === 'Pending' && o.operation === 'Create' && o.asyncCustomerAccount?.startsWith('ASYNC-'))).toBe(true);
    await engine.execute({ type: 'synchronizeCustomerOperations', operationIds: fresh.map((o) => o.operationId) });
    expect((await db.asyncCustomers.bulkGet(fresh.map((o) => o.operationId))).every((o) => o!.status === 'Succeeded')).toBe(true);
    await expect(edit(engine, fresh[0]!.operationId, 'city', 'Oslo')).rejects.toThrow(/already synchronized/);
  });

  it('keeps recording edits when some channels edit asynchronously and others call HQ in real time', async () => {
    const { db, engine } = await uploadedCustomers();
    const flags = (await db.channelDatabases.get('SEATTLE-CDB'))!.appliedFeatures;
    await db.channelDatabases.update('SEATTLE-CDB', { appliedFeatures: { ...flags, 'async-customer-editing': true } });
    let recorded = 0;
    for (let i = 0; i < 5; i++) recorded += (await simulateEdits(engine, 4)).counts!.succeeded;
    expect(recorded).toBeGreaterThan(0);
    expect(recorded).toBeLessThan(20);
    const ids = (await db.channelCustomerOperations.toArray()).map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
