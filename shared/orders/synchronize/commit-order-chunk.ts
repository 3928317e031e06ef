import type { HqDatabase } from '../../db/hq-database';
import type { NumberSequence } from '../../configuration/configuration';
import type { OrderSyncAttempt, RetailTransactionOrderStatus } from '../order-status';
import type { SalesOrder, SalesOrderPayment } from '../sales-orders';
import { keyOf, type RetailTransactionHeader } from '../transaction-entities';
import { NumberDrawer } from '../../configuration/number-drawer';
import type { OrderPlan } from './decide-order-chunk';
import { orderErrors } from '../order-errors';
import { listFieldsOf } from '../retail-transaction-store';

/*
 * Synchronize orders, step 3 of 3: write what was decided for a chunk, one bulk write per table.
 */

export type OrderOutcome = 'succeeded' | 'failed' | 'skipped';

/** Who asked for the attempt: a job run, or a person's Synchronize order. It goes into the synchronization log. */
export interface AttemptSource {
  trigger: OrderSyncAttempt['trigger'];
  runId: number | null;
}

/** Each order's outcome; null for an order left until its customer created offline is synchronized. */
export type ChunkOutcomes = (OrderOutcome | null)[];

const retried = (status: RetailTransactionOrderStatus) => (status.modifieddatetime === null ? 0 : status.RetryCount + 1);

/** Everything a chunk writes, gathered order by order and written together at its end. */
class ChunkWrites {
  readonly statuses: RetailTransactionOrderStatus[] = [];
  readonly log: OrderSyncAttempt[] = [];
  readonly salesOrders: SalesOrder[] = [];
  readonly payments: SalesOrderPayment[] = [];
  readonly headers: RetailTransactionHeader[] = [];

  constructor(private readonly at: string, private readonly source: AttemptSource) {}

  /** A failed attempt: status Failed with its reasons and every cause, retry counted, and a line in the synchronization log. */
  fail(status: RetailTransactionOrderStatus, { details, causes }: Failure): OrderOutcome {
    this.statuses.push({ ...status, Status: 'Failed', ErrorDetail: details, ErrorCauses: causes, RetryCount: retried(status), modifieddatetime: this.at });
    this.log.push({ ...keyOf(status), at: this.at, ...this.source, outcome: 'Failed', message: details });
    return 'failed';
  }

  succeed(status: RetailTransactionOrderStatus, plan: Extract<OrderPlan, { kind: 'make' }>, salesOrderId: string): OrderOutcome {
    this.salesOrders.push({ ...plan.order, salesOrderId, createdAt: this.at });
    for (const payment of plan.payments) this.payments.push({ ...payment, salesOrderId });
    const header = { ...plan.header, salesOrderId } as RetailTransactionHeader;
    this.headers.push(header);
    // The header may now name the real account of a customer created offline: the status finds it by that too.
    this.statuses.push({ ...status, ...listFieldsOf(header), Status: 'Succeeded', SalesId: salesOrderId, ErrorDetail: null, ErrorCauses: [], RetryCount: retried(status), modifieddatetime: this.at });
    this.log.push({ ...keyOf(status), at: this.at, ...this.source, outcome: 'Succeeded', message: salesOrderId });
    return 'succeeded';
  }

  async write(db: HqDatabase): Promise<void> {
    await Promise.all([
      db.salesOrders.bulkAdd(this.salesOrders), db.salesOrderPayments.bulkAdd(this.payments), db.RetailTransactionTable.bulkPut(this.headers),
      db.RetailTransactionOrderStatus.bulkPut(this.statuses), db.orderSyncLog.bulkAdd(this.log),
    ]);
  }
}

/** Why an order fails: Order error details, and every cause behind it. */
export type Failure = Pick<Extract<OrderPlan, { kind: 'fail' }>, 'details' | 'causes'>;

/**
 * A failure with the number sequence's own, when the sequence has no number left for it: fixing the
 * rest would only reveal that one. Check data adds it the same way.
 */
export function withUsedUpSequence(failure: Failure, numbers: NumberDrawer): Failure {
  if (!numbers.usedUp || failure.causes.includes('numberSequence')) return failure;
  return { details: `${failure.details}\n${orderErrors.numberSequenceExceeded()}`, causes: [...failure.causes, 'numberSequence'] };
}

/** The tables commitPlans writes. */
export const chunkWriteTables = (db: HqDatabase) => [
  db.RetailTransactionOrderStatus, db.RetailTransactionTable, db.salesOrders, db.salesOrderPayments, db.orderSyncLog, db.numberSequences,
];

/**
 * Writes a chunk's plans (call inside a transaction over chunkWriteTables, with the statuses and
 * the sales order number sequence as read in it): each order made gets the next number, drawn
 * last so that orders failing for other reasons do not use up the sequence; then one bulk write per table.
 */
export async function commitPlans(
  db: HqDatabase, statuses: readonly RetailTransactionOrderStatus[], plans: readonly OrderPlan[], sequence: NumberSequence | undefined, now: Date, source: AttemptSource,
): Promise<ChunkOutcomes> {
  const writes = new ChunkWrites(now.toISOString(), source);
  const numbers = new NumberDrawer(sequence);
  const outcomes = plans.map((plan, i): OrderOutcome | null => {
    const status = statuses[i]!;
    switch (plan.kind) {
      case 'skipped':
        return 'skipped';
      case 'waiting':
        return null;
      case 'fail':
        return writes.fail(status, withUsedUpSequence(plan, numbers));
      case 'make': {
        const salesOrderId = numbers.draw();
        return salesOrderId ? writes.succeed(status, plan, salesOrderId) : writes.fail(status, { details: orderErrors.numberSequenceExceeded(), causes: ['numberSequence'] });
      }
    }
  });
  await Promise.all([writes.write(db), numbers.write(db)]);
  return outcomes;
}
