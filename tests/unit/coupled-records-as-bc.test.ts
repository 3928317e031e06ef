import { describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import { en } from '../../renderer/i18n/en';
import { nb } from '../../renderer/i18n/nb';
import { sv } from '../../renderer/i18n/sv';
import { startedByText, synchDirectionText, synchronizationNotification } from '../../renderer/screens/coupled-records/synch-job-text';
import { newCoupling } from '../../shared/coupled-records/recreate-and-couple';
import { synchLogMessages } from '../../shared/coupled-records/synch-log-messages';
import { defaultMergeChoices, SEVERAL_RECORDS_OFFER, synchronizeOffer } from '../../shared/coupled-records/synchronize-offer';
import { newBatchJobSchema } from '../../shared/runner/runner-schemas';
import { DEMO_DELETED_CUSTOMER } from '../../shared/demo/demo-crm';
import { readCoupledErrors, readSynchronizationLog, readUncouplingLog } from '../../shared/coupled-records/coupled-record-lists';
import { JobRunner } from '../../shared/runner/job-runner';
import { fakeRunnerDeps } from '../support/fake-runner-deps';
import { aCustomer, anAccount, accountAt, coupledDemo, couplingOf, runForRecords, runIntegrationSynchronization, USER } from '../support/coupled';

const seen = { ...newCoupling('004001', 'a'), lastSynchModifiedOn: '2026-01-01', lastSynchCrmModifiedOn: '2026-01-01' };
const later = '2026-02-01';

async function translator(language: 'en' | 'nb' | 'sv'): Promise<TFunction> {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: language, resources: { en: { translation: en }, nb: { translation: nb }, sv: { translation: sv } }, interpolation: { escapeValue: false } });
  return i18n.t;
}

describe('Synchronize on one record: the direction Business Central recommends, and Merge only where it is safe', () => {
  it('recommends from what changed since the last synchronization', () => {
    expect(synchronizeOffer(seen, aCustomer(), anAccount({ telephone1: '2', modifiedon: later }))).toMatchObject({ offered: ['send', 'get', 'merge'], recommended: 'get' });
    expect(synchronizeOffer(seen, aCustomer({ phone: '2', modifiedAt: later }), anAccount())).toMatchObject({ offered: ['send', 'get', 'merge'], recommended: 'send' });
    expect(synchronizeOffer(seen, aCustomer(), anAccount())).toMatchObject({ offered: ['send', 'get', 'merge'], recommended: 'merge', conflictingFields: [] });
    // Both changed, but to the same values: no field changed on both sides differs, so Merge is safe and recommended.
    expect(synchronizeOffer(seen, aCustomer({ phone: '2', modifiedAt: later }), anAccount({ telephone1: '2', modifiedon: later })))
      .toMatchObject({ offered: ['send', 'get', 'merge'], recommended: 'merge', hqChanged: true, crmChanged: true });
  });

  it('does not offer Merge when fields of the two-way mapping changed on both sides: it names them and offers Send or Get, Send recommended', () => {
    const offer = synchronizeOffer(seen, aCustomer({ phone: '2', city: 'Bergen', modifiedAt: later }), anAccount({ telephone1: '3', modifiedon: later }));
    expect(offer).toEqual({ offered: ['send', 'get'], recommended: 'send', hqChanged: true, crmChanged: true, conflictingFields: ['phone', 'city'] });
    // Never synchronized counts as changed on both sides.
    expect(synchronizeOffer(newCoupling('004001', 'a'), aCustomer({ phone: '2' }), anAccount()).offered).toEqual(['send', 'get']);
  });

  it('on several records offers Send or Get with none recommended; Merge starts from the side that changed', () => {
    expect(SEVERAL_RECORDS_OFFER).toMatchObject({ offered: ['send', 'get'], recommended: null });
    expect(defaultMergeChoices(synchronizeOffer(seen, aCustomer(), anAccount({ telephone1: '2', modifiedon: later }))).phone).toBe('crm');
    expect(defaultMergeChoices(synchronizeOffer(seen, aCustomer({ phone: '2', modifiedAt: later }), anAccount())).phone).toBe('hq');
  });
});

describe('Synchronize runs as a synchronization job on the runner', () => {
  it('is a run in Run history, its jobs in the record’s log, and reports what it scheduled, failed and skipped in Business Central’s words', async () => {
    const { db, engine } = await coupledDemo();
    await runIntegrationSynchronization(engine);
    const runner = await JobRunner.create({ ...fakeRunnerDeps().deps, dispatch: (run) => engine.execute({ type: 'runJob', ...run }) });
    const ids = await Promise.all([accountAt(5), accountAt(9), accountAt(13)].map(async (a) => (await couplingOf(db, a)).id!));
    const outcome = await runner.runNow({ jobId: 'integration-synchronization', records: { action: 'synchronize', couplingIds: ids, choice: { direction: 'send' }, user: USER } });
    expect(outcome).toMatchObject({ status: 'Ended', counts: { processed: 3, succeeded: 2, failed: 0, skipped: 1 } });
    const run = (await db.jobRuns.get(outcome.runId!))!;
    expect(run).toMatchObject({ jobId: 'integration-synchronization', trigger: 'manual', scopeLabel: `Synchronize (Send data update): 3 coupled records, by ${USER}` });
    const [job] = await db.integrationSynchJobs.where('runId').equals(run.id!).toArray();
    expect(job).toMatchObject({ type: 'Synchronization', direction: 'ToIntegrationTable', by: USER, modified: 2, skipped: 1 });
    expect(job!.finishedAt).not.toBeNull();
    const log = await readSynchronizationLog(db, accountAt(5));
    expect(log[0]).toMatchObject({ synchJobId: job!.id, outcome: 'modified', message: synchLogMessages.sentByHand() });

    const t = await translator('en');
    expect(synchronizationNotification(t, outcome.counts!)).toBe('The synchronization has been scheduled for 2 of 3 records. 0 records failed. 1 records were skipped.');
    expect(synchronizationNotification(t, { processed: 1, succeeded: 1, failed: 0, skipped: 0 })).toBe('The synchronization has been scheduled.');
    expect(synchronizationNotification(t, { processed: 1, succeeded: 0, failed: 1, skipped: 0 })).toBe('The synchronization failed.');
    expect(synchronizationNotification(await translator('sv'), { processed: 1, succeeded: 0, failed: 0, skipped: 1 })).toBe('Synkroniseringen har hoppats över.');
  });

  it('is refused as a recurring batch job', () => {
    const records = { action: 'restoreRecords' as const, couplingIds: [1], user: USER };
    expect(newBatchJobSchema.safeParse({ request: { jobId: 'integration-synchronization', records }, recurrence: { intervalMinutes: 5, end: { kind: 'never' } } }).success).toBe(false);
    expect(newBatchJobSchema.safeParse({ request: { jobId: 'integration-synchronization' }, recurrence: { intervalMinutes: 5, end: { kind: 'never' } } }).success).toBe(true);
  });
});

describe('both sides’ last result and job', () => {
  it('a job to the CRM sets the CRM’s side, a job from it this app’s; a failure is kept on the side the job was writing to', async () => {
    const { db, engine } = await coupledDemo();
    const run = await runIntegrationSynchronization(engine);
    const [to, from] = await db.integrationSynchJobs.where('runId').equals(run.runId!).toArray();
    expect([to!.direction, from!.direction]).toEqual(['ToIntegrationTable', 'FromIntegrationTable']);
    // Changed in the CRM only: got, in the job from the CRM; the CRM's side keeps what it had.
    expect(await couplingOf(db, accountAt(25))).toMatchObject({ lastSynchResult: 'Success', lastSynchJobId: from!.id, lastSynchCrmResult: 'Success', lastSynchCrmJobId: null });
    expect(await couplingOf(db, accountAt(33))).toMatchObject({ lastSynchCrmResult: 'Success', lastSynchCrmJobId: to!.id, lastSynchJobId: null });
    // Changed in both, and deleted in the CRM: met while sending. Deleted here: met while getting.
    expect(await couplingOf(db, accountAt(1))).toMatchObject({ lastSynchCrmResult: 'Failure', lastSynchCrmJobId: to!.id, lastSynchResult: 'Success' });
    expect(await couplingOf(db, accountAt(13))).toMatchObject({ lastSynchCrmResult: 'Failure', lastSynchCrmJobId: to!.id });
    expect(await couplingOf(db, DEMO_DELETED_CUSTOMER)).toMatchObject({ lastSynchResult: 'Failure', lastSynchJobId: from!.id, lastSynchCrmResult: 'Success' });
    // The error page shows them, with the Table ID.
    const row = (await readCoupledErrors(db)).find((r) => r.integrationId === accountAt(1))!;
    expect(row).toMatchObject({ tableId: 18, tableName: 'Customer', lastSynchCrmResult: 'Failure', lastSynchCrmJobId: to!.id, lastSynchResult: 'Success' });
  });
});

describe('the Synchronization log and the Uncoupling Log', () => {
  it('names each job’s direction in the mapping’s words, in every language, and blank for uncoupling and coupling', async () => {
    const to = { type: 'Synchronization', direction: 'ToIntegrationTable' } as const;
    const from = { type: 'Synchronization', direction: 'FromIntegrationTable' } as const;
    const t = await translator('en');
    expect([synchDirectionText(t, to), synchDirectionText(t, from)]).toEqual(['Customer to Dataverse Account.', 'Dataverse Account to Customer.']);
    expect(synchDirectionText(await translator('nb'), to)).toBe('Kunde til Dataverse Account.');
    expect(synchDirectionText(await translator('sv'), from)).toBe('Dataverse Account till Kund.');
    expect(synchDirectionText(t, { type: 'Uncoupling', direction: 'Bidirectional' })).toBe('');
    expect([startedByText(t, USER), startedByText(t, null)]).toEqual([USER, 'Job queue']);
  });

  it('lists uncouplings with who, when and why: by a person, and by the Deletion-conflict resolution', async () => {
    const { db, engine } = await coupledDemo();
    await engine.execute({ type: 'removeCouplings', couplingIds: [(await couplingOf(db, accountAt(9))).id!], user: USER });
    await engine.execute({ type: 'updateIntegrationTableMapping', mapping: { name: 'CUSTOMER', enabled: true, updateConflictResolution: 'None', deletionConflictResolution: 'RemoveCoupling' } });
    await runIntegrationSynchronization(engine);
    const log = await readUncouplingLog(db);
    expect(log.map((r) => [r.integrationId, r.by, r.message])).toEqual([
      [DEMO_DELETED_CUSTOMER, null, synchLogMessages.deletionUncoupled()],
      [accountAt(17), null, synchLogMessages.deletionUncoupled()],
      [accountAt(13), null, synchLogMessages.deletionUncoupled()],
      [accountAt(9), USER, synchLogMessages.removedByHand()],
    ]);
    expect(log.at(-1)).toMatchObject({ type: 'Uncoupling', uncoupled: 1, description: expect.stringMatching(/^004010 /), finishedAt: expect.any(String) });
    // A record's log keeps its uncoupling too.
    expect((await readSynchronizationLog(db, accountAt(9))).map((r) => [r.type, r.outcome])).toEqual([['Uncoupling', 'uncoupled']]);
  });
});

describe('Set up coupling and Restore records', () => {
  it('couples without synchronizing, or couples and gets; the coupling replaced is uncoupled, each logged', async () => {
    const { db, engine } = await coupledDemo();
    const free = (await db.crmAccounts.toArray()).filter((a) => a.name === 'Fjord Outfitters' || a.name === 'Nordic Trail AB');
    const [fjord, nordic] = [free.find((a) => a.name === 'Fjord Outfitters')!, free.find((a) => a.name === 'Nordic Trail AB')!];
    const before = (await db.customers.get(accountAt(9)))!;
    await engine.execute({ type: 'setUpCoupling', integrationId: accountAt(9), crmId: fjord.accountid, syncAction: 'none', user: USER });
    expect(await db.customers.get(accountAt(9))).toEqual(before);
    expect((await db.crmAccounts.get(fjord.accountid))!.name).toBe('Fjord Outfitters');
    expect(await couplingOf(db, accountAt(9))).toMatchObject({ crmId: fjord.accountid, lastSynchResult: null, lastSynchCrmResult: null });
    expect((await readSynchronizationLog(db, accountAt(9))).map((r) => [r.type, r.outcome])).toEqual([['Coupling', 'coupled'], ['Uncoupling', 'uncoupled']]);

    await engine.execute({ type: 'setUpCoupling', integrationId: accountAt(9), crmId: nordic.accountid, syncAction: 'get', user: USER });
    expect((await db.customers.get(accountAt(9)))!.name).toBe('Nordic Trail AB');
    const [synch] = await readSynchronizationLog(db, accountAt(9));
    expect(synch).toMatchObject({ type: 'Synchronization', direction: 'FromIntegrationTable', by: USER, outcome: 'modified' });
    expect(await couplingOf(db, accountAt(9))).toMatchObject({ crmId: nordic.accountid, lastSynchResult: 'Success', lastSynchJobId: synch!.synchJobId });
    expect((await readUncouplingLog(db))[0]!.message).toBe(synchLogMessages.couplingReplaced('Fjord Outfitters'));
  });

  it('Restore records is logged as an uncoupling and a synchronization job that inserts; with no customer number left it fails and keeps the coupling', async () => {
    const { db, engine } = await coupledDemo();
    await runIntegrationSynchronization(engine);
    const restore = async (integrationId: string) =>
      runForRecords(engine, { action: 'restoreRecords', couplingIds: [(await couplingOf(db, integrationId)).id!], user: USER });
    expect((await restore(accountAt(13))).counts).toMatchObject({ succeeded: 1 });
    expect((await readSynchronizationLog(db, accountAt(13))).slice(0, 2).map((r) => [r.type, r.direction, r.outcome, r.by])).toEqual([
      ['Synchronization', 'ToIntegrationTable', 'inserted', USER], ['Uncoupling', 'Bidirectional', 'uncoupled', USER],
    ]);
    expect((await readUncouplingLog(db))[0]!.message).toBe(synchLogMessages.restoreUncoupled());

    const sequence = (await db.numberSequences.toArray())[0]!;
    await db.numberSequences.put({ ...sequence, largest: sequence.next - 1 });
    const broken = await couplingOf(db, DEMO_DELETED_CUSTOMER);
    const outcome = await restore(DEMO_DELETED_CUSTOMER);
    expect(outcome.counts).toMatchObject({ processed: 1, succeeded: 0, failed: 1 });
    expect(await couplingOf(db, DEMO_DELETED_CUSTOMER)).toMatchObject({ id: broken.id, crmId: broken.crmId, skipped: 1, lastSynchResult: 'Failure', errorMessage: expect.stringMatching(/Customer accounts has no number left/) });
  });
});

describe('the mapping’s conflict options in Business Central’s words', () => {
  it('reads as the enums Integration Update and Deletion Conflict Resolution caption them', () => {
    expect(en.coupled.resolutions).toMatchObject({
      SendUpdate: 'Send data update to integration table', GetUpdate: 'Get data update from integration table', RestoreRecords: 'Restore records', RemoveCoupling: 'Delete coupling',
    });
  });
});
