import { describe, expect, it } from 'vitest';
import { allFrom } from '../../shared/coupled-records/coupled-sync';
import { couplingState, enabledActions, type Coupling } from '../../shared/coupled-records/coupled-records';
import { DEMO_DELETED_CUSTOMER } from '../../shared/demo/demo-crm';
import { seedDemoData } from '../../shared/demo/seed-demo-data';
import { JobRunner } from '../../shared/runner/job-runner';
import { fakeRunnerDeps } from '../support/fake-runner-deps';
import { seededDatabase } from '../support/memory-database';
import { aCustomer, anAccount, accountAt, accountsOf, coupledDemo, couplingOf, DEMO_COUPLING_CASES, runForRecords, runIntegrationSynchronization, skippedAccounts, USER } from '../support/coupled';
import { newCoupling } from '../../shared/coupled-records/recreate-and-couple';
import { hqCommandSchema } from '../../shared/contracts/hq-commands';

const coupling: Coupling = { ...newCoupling('004001', 'a'), lastSynchModifiedOn: '2026-01-01', lastSynchCrmModifiedOn: '2026-01-01', lastSynchResult: 'Success', lastSynchCrmResult: 'Success' };
const later = '2026-02-01';

describe('conflict and deletion detection', () => {
  it('tells a change in one app from a change in both, and a deletion on either side', () => {
    expect(couplingState(coupling, aCustomer(), anAccount()).kind).toBe('unchanged');
    expect(couplingState(coupling, aCustomer({ phone: '2', modifiedAt: later }), anAccount()).kind).toBe('send');
    expect(couplingState(coupling, aCustomer(), anAccount({ telephone1: '3', modifiedon: later })).kind).toBe('get');
    expect(couplingState(coupling, aCustomer({ phone: '2', modifiedAt: later }), anAccount({ telephone1: '3', address1_city: 'Bergen', modifiedon: later })))
      .toEqual({ kind: 'conflict', fields: ['phone', 'city'] });
    // Changed in both to the same values: nothing to choose between.
    expect(couplingState(coupling, aCustomer({ phone: '2', modifiedAt: later }), anAccount({ telephone1: '2', modifiedon: later })).kind).toBe('unchanged');
    expect(couplingState(coupling, undefined, anAccount()).kind).toBe('deletedInHq');
    expect(couplingState(coupling, aCustomer(), undefined).kind).toBe('deletedInCrm');
    expect(couplingState(coupling, undefined, undefined).kind).toBe('bothDeleted');
  });
});

describe('enablement of the actions (REFERENCE.md §5)', () => {
  const both = { recordExists: true, coupledRecordExists: true };
  const crmGone = { recordExists: true, coupledRecordExists: false };
  const hqGone = { recordExists: false, coupledRecordExists: true };
  it('follows the rules for one row and for several', () => {
    expect(enabledActions([both])).toEqual({ retry: true, synchronize: true, synchronizationLog: true, setUpCoupling: true, removeCoupling: true, restoreRecords: false, deleteRecords: false });
    expect(enabledActions([crmGone])).toEqual({ retry: false, synchronize: false, synchronizationLog: true, setUpCoupling: true, removeCoupling: true, restoreRecords: true, deleteRecords: true });
    expect(enabledActions([hqGone])).toMatchObject({ synchronizationLog: false, setUpCoupling: false, restoreRecords: true });
    // Several: Retry and Synchronize off if any row has a deleted side; Restore and Delete off if any has both.
    expect(enabledActions([both, crmGone])).toMatchObject({ retry: false, synchronize: false, restoreRecords: false, deleteRecords: false, removeCoupling: true, synchronizationLog: false });
    expect(enabledActions([crmGone, hqGone])).toMatchObject({ restoreRecords: true, deleteRecords: true, retry: false });
    expect(enabledActions([])).toMatchObject({ removeCoupling: false, retry: false });
  });
});

describe('Integration synchronization', () => {
  it('is a batch job of the job runner: scheduled, it runs when due and its run is in the history with its counts', async () => {
    const { db, engine } = await coupledDemo();
    const fake = fakeRunnerDeps();
    const runner = await JobRunner.create({ ...fake.deps, dispatch: (run) => engine.execute({ type: 'runJob', ...run }) });
    await runner.createBatchJob({ request: { jobId: 'integration-synchronization' }, recurrence: { intervalMinutes: 5, end: { kind: 'never' } } });
    fake.advance(5);
    await runner.tick();
    await expect.poll(() => db.jobRuns.where('status').equals('Ended').count()).toBe(1);
    const [run] = await db.jobRuns.toArray();
    expect(run).toMatchObject({ jobId: 'integration-synchronization', trigger: 'schedule', processed: 49, failed: 6 });
    expect(run!.recordProblems).toHaveLength(6);
    // As in Business Central, a bidirectional mapping's run is a job to the CRM and a job from it.
    expect((await db.integrationSynchJobs.where('runId').equals(run!.id!).toArray()).map((j) => [j.type, j.direction]))
      .toEqual([['Synchronization', 'ToIntegrationTable'], ['Synchronization', 'FromIntegrationTable']]);
  });

  it('fails exactly the conflicts and deletions, synchronizes one-sided changes both ways, and skips failures in later runs', async () => {
    const { db, engine } = await coupledDemo();
    const first = await runIntegrationSynchronization(engine);
    const failing = [...accountsOf(DEMO_COUPLING_CASES.changedInBoth), ...accountsOf(DEMO_COUPLING_CASES.deletedInCrm), DEMO_DELETED_CUSTOMER].sort();
    expect(first.status).toBe('Ended');
    expect(await skippedAccounts(db)).toEqual(failing);
    expect(first.counts).toMatchObject({ failed: failing.length, skipped: 0 });
    expect((await couplingOf(db, accountAt(1))).errorMessage).toMatch(/both changed since the last synchronization \(Phone, Street\)/);
    expect((await couplingOf(db, accountAt(13))).errorMessage).toMatch(/deleted in the CRM/);
    expect((await couplingOf(db, DEMO_DELETED_CUSTOMER)).errorMessage).toMatch(/deleted in Sync Console/);
    // Changed in the CRM only: brought into HQ. Changed in HQ only: sent to the CRM.
    const got = (await db.customers.get(accountAt(25)))!;
    expect(got.phone).toMatch(/^\+46 70/);
    const sentCoupling = await couplingOf(db, accountAt(33));
    expect((await db.crmAccounts.get(sentCoupling.crmId))!.telephone1).toBe((await db.customers.get(accountAt(33)))!.phone);

    // A skipped coupling is left alone, even when it changes again; the run counts it as skipped.
    const conflicted = await couplingOf(db, accountAt(5));
    const before = await db.crmAccounts.get(conflicted.crmId);
    await engine.execute({ type: 'simulateCoupledChange', integrationId: accountAt(5), change: 'editHq' });
    const second = await runIntegrationSynchronization(engine);
    expect(second.counts).toMatchObject({ skipped: failing.length, failed: 0 });
    expect(await db.crmAccounts.get(conflicted.crmId)).toEqual(before);
  });

  it('meets conflicts and deletions a person makes with the simulator', async () => {
    const { db, engine } = await coupledDemo();
    await runIntegrationSynchronization(engine);
    await engine.execute({ type: 'simulateCoupledChange', integrationId: accountAt(40), change: 'editHq' });
    await engine.execute({ type: 'simulateCoupledChange', integrationId: accountAt(40), change: 'editCrm' });
    await engine.execute({ type: 'simulateCoupledChange', integrationId: accountAt(41), change: 'deleteCrm' });
    await engine.execute({ type: 'simulateCoupledChange', integrationId: accountAt(42), change: 'editCrm' });
    await runIntegrationSynchronization(engine);
    const skipped = await skippedAccounts(db);
    expect(skipped).toEqual(expect.arrayContaining([accountAt(40), accountAt(41)]));
    expect(skipped).not.toContain(accountAt(42));
    expect((await db.customers.get(accountAt(42)))!.street).toMatch(/\(CRM\)$/);
  });

  it('a disabled mapping is a setup error: listed apart, no record fails; old entries can be deleted', async () => {
    const { db, engine } = await coupledDemo();
    await engine.execute({ type: 'updateIntegrationTableMapping', mapping: { name: 'CUSTOMER', enabled: false, updateConflictResolution: 'None', deletionConflictResolution: 'None' } });
    const run = await runIntegrationSynchronization(engine);
    expect(run.status).toBe('Error');
    expect(await skippedAccounts(db)).toEqual([]);
    const [entry] = await db.integrationSynchJobErrors.toArray();
    expect(entry!.message).toMatch(/CUSTOMER is not enabled/);
    expect((await engine.execute({ type: 'deleteSynchJobErrors', olderThanDays: 7 })).deleted).toBe(0);
    await db.integrationSynchJobErrors.add({ synchJobId: null, at: '2020-01-01T00:00:00.000Z', message: 'old' });
    expect((await engine.execute({ type: 'deleteSynchJobErrors', olderThanDays: 7 })).deleted).toBe(1);
    expect((await engine.execute({ type: 'deleteSynchJobErrors', olderThanDays: null })).deleted).toBe(1);
  });
});

describe('the actions of Coupled data synchronization errors', () => {
  async function failedDemo() {
    const demo = await coupledDemo();
    await runIntegrationSynchronization(demo.engine);
    const id = async (account: string) => (await couplingOf(demo.db, account)).id!;
    return { ...demo, id };
  }

  it('Retry un-skips only couplings with both records; Retry all un-skips every one', async () => {
    const { db, engine, id } = await failedDemo();
    const retried = await engine.execute({ type: 'retryCouplings', couplingIds: [await id(accountAt(1)), await id(accountAt(13))] });
    expect(retried.counts).toMatchObject({ succeeded: 1, skipped: 1 });
    expect((await couplingOf(db, accountAt(1))).skipped).toBe(0);
    expect((await couplingOf(db, accountAt(13))).skipped).toBe(1);
    // The next run meets the conflict again, as it is still there.
    await runIntegrationSynchronization(engine);
    expect((await couplingOf(db, accountAt(1))).skipped).toBe(1);
    expect((await engine.execute({ type: 'retryAllCouplings' })).counts!.succeeded).toBe(6);
    expect(await skippedAccounts(db)).toEqual([]);
  });

  it('Synchronize with Merge data keeps the chosen value of each field in both apps and logs it; it refuses Merge where a field changed on both sides', async () => {
    const { db, engine, id } = await failedDemo();
    const merge = (couplingIds: number[], choices: Record<string, 'hq' | 'crm'>) =>
      runForRecords(engine, { action: 'synchronize', couplingIds, choice: { direction: 'merge', choices: { ...allFrom('hq'), ...choices } }, user: USER });
    // Changed in the CRM only since the last synchronization: Merge is allowed.
    const account = accountAt(40);
    await engine.execute({ type: 'simulateCoupledChange', integrationId: account, change: 'editCrm' });
    const hq = (await db.customers.get(account))!;
    const crm = (await db.crmAccounts.get((await couplingOf(db, account)).crmId))!;
    expect((await merge([await id(account)], { phone: 'crm' })).counts).toMatchObject({ processed: 1, succeeded: 1 });
    const [hqAfter, crmAfter, coupling] = [(await db.customers.get(account))!, (await db.crmAccounts.get(crm.accountid))!, await couplingOf(db, account)];
    expect([hqAfter.phone, crmAfter.telephone1]).toEqual([crm.telephone1, crm.telephone1]);
    expect([hqAfter.street, crmAfter.address1_line1]).toEqual([hq.street, hq.street]);
    expect(coupling).toMatchObject({ skipped: 0, lastSynchResult: 'Success', lastSynchCrmResult: 'Success', errorMessage: null });
    const log = await db.integrationSynchLog.where('integrationId').equals(account).toArray();
    expect(log.map((e) => [e.outcome, e.direction])).toEqual([['modified', 'ToIntegrationTable'], ['modified', 'FromIntegrationTable']]);

    // Phone and Street changed on both sides: the job meets the conflict Merge was not to be offered for.
    const conflicted = accountAt(1);
    const before = await db.customers.get(conflicted);
    const refused = await merge([await id(conflicted)], {});
    expect(refused.counts).toMatchObject({ processed: 1, succeeded: 0, failed: 1 });
    expect(await db.customers.get(conflicted)).toEqual(before);
    expect(await couplingOf(db, conflicted)).toMatchObject({ skipped: 1, lastSynchCrmResult: 'Failure', errorMessage: expect.stringMatching(/\(Phone, Street\)/) });
    // Merge is for one record; the boundary refuses it for several, in words.
    const several = hqCommandSchema.safeParse({ type: 'runJob', trigger: 'manual', batchJobId: null, job: { jobId: 'integration-synchronization', records: {
      action: 'synchronize', couplingIds: [1, 2], choice: { direction: 'merge', choices: allFrom('hq') }, user: USER } } });
    expect(several.success).toBe(false);
    expect(several.error!.issues[0]!.message).toMatch(/one record at a time/);
  });

  it('Synchronize of several sends or gets; it skips a row with a deleted side', async () => {
    const { db, engine, id } = await failedDemo();
    const outcome = await runForRecords(engine, { action: 'synchronize', couplingIds: [await id(accountAt(5)), await id(accountAt(9)), await id(accountAt(13))], choice: { direction: 'get' }, user: USER });
    expect(outcome.counts).toMatchObject({ processed: 3, succeeded: 2, skipped: 1, failed: 0 });
    expect((await db.customers.get(accountAt(5)))!.phone).toMatch(/^\+46 70/);
    expect(await skippedAccounts(db)).not.toContain(accountAt(5));
  });

  it('Restore records removes the broken coupling and a synchronization job creates the record again and couples it; Delete records deletes the survivor; neither touches a row with both records', async () => {
    const { db, engine, id } = await failedDemo();
    const survivor = (await db.customers.get(accountAt(13)))!;
    const goneAccount = (await couplingOf(db, DEMO_DELETED_CUSTOMER)).crmId;
    const restored = await runForRecords(engine, { action: 'restoreRecords', couplingIds: [await id(accountAt(13)), await id(DEMO_DELETED_CUSTOMER), await id(accountAt(1))], user: USER });
    expect(restored.counts).toMatchObject({ processed: 3, succeeded: 2, skipped: 1 });
    // The surviving customer is coupled anew, to a new account made from it.
    const recoupled = await couplingOf(db, accountAt(13));
    expect(await db.crmAccounts.get(recoupled.crmId)).toMatchObject({ name: survivor.name, telephone1: survivor.phone, emailaddress1: survivor.email });
    expect(await db.customers.get(accountAt(13))).toEqual(survivor);
    // The surviving account gets a new customer, numbered from Customer accounts as BC numbers a new one from its series.
    expect(await db.customers.get(DEMO_DELETED_CUSTOMER)).toBeUndefined();
    const remade = (await db.crmCouplings.where('crmId').equals(goneAccount).first())!;
    expect(remade.integrationId).toBe('004049');
    expect(await db.customers.get('004049')).toMatchObject({ name: 'Astrid Nordby', customerGroup: '10' });
    expect(await skippedAccounts(db)).toEqual(accountsOf([...DEMO_COUPLING_CASES.changedInBoth, 17]).sort());

    const crmOf17 = (await couplingOf(db, accountAt(17))).crmId;
    const deleted = await engine.execute({ type: 'deleteCoupledRecords', couplingIds: [await id(accountAt(17)), await id(accountAt(1))], user: USER });
    expect(deleted.counts).toMatchObject({ succeeded: 1, skipped: 1 });
    expect(await db.customers.get(accountAt(17))).toBeUndefined();
    expect(await db.crmAccounts.get(crmOf17)).toBeUndefined();
    expect(await db.customers.get(accountAt(1))).toBeDefined();
  });

  it('Remove coupling uncouples and keeps both records; Set up coupling couples to another account and synchronizes', async () => {
    const { db, engine, id } = await failedDemo();
    const { crmId } = await couplingOf(db, accountAt(9));
    await engine.execute({ type: 'removeCouplings', couplingIds: [await id(accountAt(9))], user: USER });
    expect(await db.crmCouplings.where('integrationId').equals(accountAt(9)).count()).toBe(0);
    expect(await db.customers.get(accountAt(9))).toBeDefined();
    expect(await db.crmAccounts.get(crmId)).toBeDefined();
    const free = (await db.crmAccounts.toArray()).find((a) => a.name === 'Fjord Outfitters')!;
    await engine.execute({ type: 'setUpCoupling', integrationId: accountAt(9), crmId: free.accountid, syncAction: 'send', user: USER });
    expect(await couplingOf(db, accountAt(9))).toMatchObject({ crmId: free.accountid, skipped: 0 });
    expect((await db.crmAccounts.get(free.accountid))!.name).toBe((await db.customers.get(accountAt(9)))!.name);
    await expect(engine.execute({ type: 'setUpCoupling', integrationId: accountAt(10), crmId: free.accountid, syncAction: 'send', user: USER })).rejects.toThrow(/already coupled/);
  });

  it('Find for deleted marks couplings broken by deletions, with progress, and can be canceled', async () => {
    const { db, engine } = await coupledDemo();
    await engine.execute({ type: 'simulateCoupledChange', integrationId: accountAt(44), change: 'deleteHq' });
    const progress: number[] = [];
    const found = await engine.execute({ type: 'findCouplingsForDeleted', cancelId: crypto.randomUUID() }, (counts) => progress.push(counts.processed));
    expect(found.counts.failed).toBe(4);
    expect(progress.at(-1)).toBe(await db.crmCouplings.count());
    expect(await skippedAccounts(db)).toEqual([...accountsOf([...DEMO_COUPLING_CASES.deletedInCrm, 44]), DEMO_DELETED_CUSTOMER].sort());
    const cancelId = crypto.randomUUID();
    const finding = engine.execute({ type: 'findCouplingsForDeleted', cancelId });
    await engine.execute({ type: 'cancel', target: { cancelId } });
    await expect(finding).rejects.toThrow(/canceled/);
  });
});

describe('automatic resolution per mapping', () => {
  const mapping = (updateConflictResolution: 'None' | 'SendUpdate' | 'GetUpdate', deletionConflictResolution: 'None' | 'RestoreRecords' | 'RemoveCoupling') =>
    ({ type: 'updateIntegrationTableMapping', mapping: { name: 'CUSTOMER', enabled: true, updateConflictResolution, deletionConflictResolution } }) as const;

  it('resolving update conflicts leaves only the deletions on the page', async () => {
    const { db, engine } = await coupledDemo();
    await engine.execute(mapping('GetUpdate', 'None'));
    await runIntegrationSynchronization(engine);
    expect(await skippedAccounts(db)).toEqual([...accountsOf(DEMO_COUPLING_CASES.deletedInCrm), DEMO_DELETED_CUSTOMER].sort());
    expect((await db.customers.get(accountAt(1)))!.phone).toMatch(/^\+46 70/);
  });

  it('resolving deletions leaves only the conflicts: Restore records recreates, Remove coupling keeps the survivor', async () => {
    const restoring = await coupledDemo();
    await restoring.engine.execute(mapping('None', 'RestoreRecords'));
    await runIntegrationSynchronization(restoring.engine);
    expect(await skippedAccounts(restoring.db)).toEqual(accountsOf(DEMO_COUPLING_CASES.changedInBoth).sort());
    expect(await restoring.db.customers.filter((c) => c.name === 'Astrid Nordby').count()).toBe(1);
    expect(await restoring.db.crmAccounts.get((await couplingOf(restoring.db, accountAt(13))).crmId)).toBeDefined();

    const removing = await coupledDemo();
    await removing.engine.execute(mapping('SendUpdate', 'RemoveCoupling'));
    await runIntegrationSynchronization(removing.engine);
    expect(await skippedAccounts(removing.db)).toEqual([]);
    expect(await removing.db.crmCouplings.where('integrationId').equals(accountAt(13)).count()).toBe(0);
    expect(await removing.db.customers.get(accountAt(13))).toBeDefined();
  });
});

describe('the demo CRM', () => {
  it('is seeded with the demo, and once into a demo seeded before coupled records existed', async () => {
    const db = await seededDatabase();
    const couplings = await db.crmCouplings.count();
    const accounts = await db.crmAccounts.count();
    expect(couplings).toBeGreaterThan(0);
    await Promise.all([db.crmAccounts.clear(), db.crmCouplings.clear(), db.integrationTableMappings.clear()]);
    expect(await seedDemoData(db)).toBe(false);
    expect(await db.crmCouplings.count()).toBe(couplings);
    await seedDemoData(db);
    expect(await db.crmAccounts.count()).toBe(accounts);
  });
});
