import { z } from 'zod';
import { CUSTOMER_FAULT_KINDS, TRANSACTION_FAULT_KINDS } from '../channel/simulator/channel-faults';
import { ENTITY_NAMES, LINE_ENTITY_NAMES, type LineEntityName } from '../orders/transaction-entities';
import { MAX_KEY_TEXT } from '../orders/field-rules';
import { coupledRecordCommands } from '../coupled-records/coupled-record-commands';
import { counterSchema, idSchema, LIMITS } from '../platform/limits';
import { jobRequestSchema, triggerSchema } from '../runner/runner-schemas';
import { commandOutcomeSchema, jobRunStatusSchema, runCountsSchema } from '../runner/run-outcome';
import { importOptionsSchema } from '../import/import-options';
import { pullRequestSchema } from '../pull/pull-request';
import { pullStatusSchema } from '../pull/pull-status';
import { hqReadAnswerSchema, hqReadRequestSchema } from '../pull/hq-read';
import { hqConnectionSchema } from '../pull/hq-connection';

/**
 * The HQ worker's contract: every mutation of the headquarters simulation is one of these
 * commands. Both ends validate what they receive.
 */
/** A transaction's key: company, store, register and transaction number. */
const keyPart = z.string().min(1).max(MAX_KEY_TEXT);
export const transactionKeySchema = z.object({ dataAreaId: keyPart, store: keyPart, terminal: keyPart, transactionId: keyPart });
const user = z.string().min(1).max(100);
/** A number a person typed: any finite value within exact integers, so the rules can say what is wrong with it in words. */
const typedNumber = z.number().min(-LIMITS.largestNumber).max(LIMITS.largestNumber);
const lineEntity = z.enum(LINE_ENTITY_NAMES as [LineEntityName, ...LineEntityName[]]);

/** A transaction list's filters (TransactionFilter): Synchronize all acts on every row they match. */
export const transactionFilterSchema = z.object({
  kind: z.enum(['online', 'pos']),
  reference: z.string().max(MAX_KEY_TEXT),
  customerAccount: z.string().max(MAX_KEY_TEXT),
  // A member of PENDING_ORDER_STATUSES, or a status an imported export wrote as it was.
  status: z.string().min(1).max(MAX_KEY_TEXT),
  storeId: z.string().min(1).max(MAX_KEY_TEXT),
  cause: z.string().min(1).max(200).nullish(),
  retriesAbove: counterSchema.nullish(),
  datePrefix: z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2})?$/).nullish(),
});

export const hqCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('runJob'), job: jobRequestSchema, trigger: triggerSchema, batchJobId: idSchema.nullable() }),
  z.object({ type: z.literal('cancelRun'), runId: counterSchema }),
  z.object({ type: z.literal('synchronizeOrders'), keys: z.array(transactionKeySchema).min(1).max(10_000) }),
  /** Synchronize all that match: every order the lists' filters match, in the worker, a chunk at a time; canceled by its batchId. */
  z.object({ type: z.literal('synchronizeMatchingOrders'), batchId: z.uuid(), filters: z.array(transactionFilterSchema).min(1).max(2) }),
  z.object({ type: z.literal('cancelBatch'), batchId: z.uuid() }),
  // Who sets Editing is kept with it (the workspace's Left in Editing); a caller without a person (a test, a script) may leave it out.
  z.object({ type: z.literal('setOrderEditing'), key: transactionKeySchema, editing: z.boolean(), user: user.optional() }),
  z.object({
    type: z.literal('importFiles'),
    /** The id the new workspace will have: the UI finds its report in the workspace registry under it. */
    importId: z.uuid(),
    files: z.array(z.object({ name: z.string().min(1).max(260), bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'the file is not bytes') })).min(1).max(50),
    /** What the person said of the export on the Import screen (company, date format, whether to import a chain with a gap). */
    options: importOptionsSchema.optional(),
  }),
  z.object({ type: z.literal('cancelImport'), importId: z.uuid() }),
  /** A pull from a real HQ into a new workspace (canceled with cancelImport); the worker reads HQ's pages through the page (hqRead). */
  z.object({
    type: z.literal('pullWorkspace'), importId: z.uuid(), request: pullRequestSchema,
    source: z.object({ connectionName: hqConnectionSchema.shape.name, environmentUrl: hqConnectionSchema.shape.environmentUrl }).strict(),
  }),
  /** Goes on with a paused pull from the page it reached (signed in again, network back). */
  z.object({ type: z.literal('resumePull'), importId: z.uuid() }),
  z.object({ type: z.literal('deleteWorkspace'), workspaceId: z.uuid() }),
  z.object({ type: z.literal('addAuditNote'), key: transactionKeySchema, text: z.string().trim().min(1).max(4000), user }),
  z.object({ type: z.literal('addTransactionLine'), key: transactionKeySchema, entity: lineEntity, user }),
  z.object({ type: z.literal('removeTransactionLine'), key: transactionKeySchema, entity: lineEntity, lineId: counterSchema, user }),
  z.object({
    type: z.literal('saveTransactionEdits'),
    key: transactionKeySchema,
    changes: z.array(z.object({
      entity: z.enum(ENTITY_NAMES as [string, ...string[]]).transform((e) => e as (typeof ENTITY_NAMES)[number]),
      lineId: counterSchema.nullable(), field: z.string().min(1).max(64), value: z.string().max(10_000),
    })).min(1).max(500),
    user,
  }),
  z.object({ type: z.literal('updateNumberSequence'), code: idSchema, next: typedNumber, largest: typedNumber }),
  z.object({ type: z.literal('setDefaultPaymentService'), serviceId: idSchema, isDefault: z.boolean() }),
  z.object({
    type: z.literal('updateAccountStructure'),
    structureId: idSchema,
    ranges: z.array(z.object({ from: z.string().max(LIMITS.idLength), to: z.string().max(LIMITS.idLength) })).max(100),
  }),
  z.object({ type: z.literal('simulateChannelTransactions'), count: z.number().int().min(1).max(1000), fault: z.enum(TRANSACTION_FAULT_KINDS).nullable() }),
  z.object({ type: z.literal('setChannelDatabaseOnline'), channelDatabaseId: idSchema, online: z.boolean() }),
  z.object({ type: z.literal('retryUploadSession'), sessionId: counterSchema }),
  z.object({ type: z.literal('cancelUploadSession'), sessionId: counterSchema }),
  /** With a batchId (Synchronize all), cancelBatch stops it between chunks. */
  z.object({ type: z.literal('synchronizeCustomerOperations'), operationIds: z.array(idSchema).min(1).max(10_000), batchId: z.uuid().optional() }),
  z.object({
    type: z.literal('updateCustomerOperation'),
    operationId: idSchema,
    changes: z.array(z.object({ field: z.string().max(LIMITS.idLength).regex(/^(name|email|phone|customerGroup|street|city|zipCode|countryRegionId|attribute:.+)$/), newValue: z.string().max(10_000) })).min(1).max(50),
    editedBy: user,
  }),
  z.object({ type: z.literal('setFeatureEnabled'), featureId: z.enum(['customer-orders-performance', 'extended-async-customer-creation', 'async-customer-addresses', 'async-customer-editing']), enabled: z.boolean() }),
  z.object({
    type: z.literal('simulateCustomerOperations'), kind: z.enum(['create', 'edit']), count: z.number().int().min(1).max(500), fault: z.enum(CUSTOMER_FAULT_KINDS).nullable(),
  }),
  ...coupledRecordCommands,
]);
export type HqCommand = z.infer<typeof hqCommandSchema>;

/** What the HQ worker is started on: the workspace's database, and whether it is an imported (read-only) one. Passed as the worker's name. */
export const hqWorkerConfigSchema = z.object({ databaseName: z.string().min(1).max(200), readOnly: z.boolean() });
export type HqWorkerConfig = z.infer<typeof hqWorkerConfigSchema>;

export const hqRequestSchema = z.object({ requestId: counterSchema, command: hqCommandSchema });
export type HqRequest = z.infer<typeof hqRequestSchema>;

/**
 * The page hands the work to another window: the worker ends or cancels what it holds, closes the
 * database and lets go of the writer lock, then answers `released` (renderer/hq/writer-handover.ts).
 */
export const hqReleaseSchema = z.object({ kind: z.literal('release') }).strict();

/** The page's answer to the worker's hqRead: what the host's connector answered (never a token). */
export const hqReadAnswerMessageSchema = z.object({ kind: z.literal('hqReadAnswer'), readId: counterSchema, answer: hqReadAnswerSchema }).strict();

export const hqResponseSchema = z.discriminatedUnion('kind', [
  /** readOnly: 'newerVersion' when the database was written by a newer Sync Console (shared/db/newer-version.ts). */
  z.object({ kind: z.literal('ready'), readOnly: z.enum(['newerVersion']).nullable() }),
  /** writerElsewhere: another window's worker kept the writer lock (the page then offers to take the work over). */
  z.object({ kind: z.literal('startFailed'), message: z.string(), writerElsewhere: z.boolean() }),
  z.object({ kind: z.literal('progress'), requestId: z.number(), counts: runCountsSchema, total: z.number() }),
  z.object({ kind: z.literal('done'), requestId: z.number(), outcome: commandOutcomeSchema }),
  z.object({
    kind: z.literal('failed'), requestId: z.number(), message: z.string(),
    fieldErrors: z.record(z.string(), z.string()).nullable(),
  }),
  /** The storage as the worker found it (shared/db/storage-status.ts): full, and the writes waiting for room. */
  z.object({
    kind: z.literal('storage'), full: z.boolean(), waitingWrites: counterSchema,
    runEnds: z.array(runCountsSchema.extend({
      runId: counterSchema, status: jobRunStatusSchema, error: z.string().max(LIMITS.message).nullable(), endedAt: z.string().max(LIMITS.idLength).nullable(),
    })).max(LIMITS.runEnds),
  }),
  z.object({ kind: z.literal('released') }),
  /** Where a pull is: pages, rows, a wait HQ asked for, a pause. */
  z.object({ kind: z.literal('pullStatus'), requestId: z.number(), status: pullStatusSchema }),
  /** The worker asks the page to read one page of HQ through the host (the worker holds no token and no connection). */
  z.object({ kind: z.literal('hqRead'), readId: counterSchema, request: hqReadRequestSchema }),
]);
export type HqResponse = z.infer<typeof hqResponseSchema>;
