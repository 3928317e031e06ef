import type { HqDatabase } from '../db/hq-database';
import { SALES_ORDER_SEQUENCE } from '../domain/configuration';
import type { HqTransaction } from '../domain/transactions';
import type { AccountStructure, PaymentService } from '../domain/configuration';
import { orderErrors } from './order-errors';
import { isMainAccountAllowed, mainAccountsFor } from './posting';
import { formatSequenceNumber } from './number-sequence-rules';
import { ensureAsyncCustomer } from './synchronize-customer';

export type OrderOutcome = 'succeeded' | 'failed' | 'skipped';

/** Why HQ cannot create the sales order right now, from its configuration; null if it can. */
function configurationError(transaction: HqTransaction, structures: AccountStructure[], defaultService: PaymentService | undefined): string | null {
  const invalid = mainAccountsFor(transaction).find((account) => !isMainAccountAllowed(structures, account));
  if (invalid) return orderErrors.accountStructure(invalid);
  if (transaction.payments.some((p) => p.method === 'card') && !defaultService) return orderErrors.noDefaultPaymentService();
  return null;
}

/**
 * Turns one uploaded transaction into exactly one sales order with its payments, or records
 * why it could not. Everything happens in one IndexedDB transaction that re-reads the status
 * first, so a repeated click, a concurrent job run or a retry can never create a second order
 * (the unique transactionId index on salesOrders is the last line of defence).
 */
export async function synchronizeOrder(db: HqDatabase, transactionId: string, now: Date): Promise<OrderOutcome> {
  // A customer created offline is synchronized first: the sales order needs its real account.
  const pending = await db.transactions.get(transactionId);
  const customer = pending?.pendingOrderStatus === 'Succeeded' ? null : await ensureAsyncCustomer(db, pending?.customerAccount ?? null, now);
  const tables = [db.transactions, db.salesOrders, db.salesOrderPayments, db.numberSequences, db.paymentServices, db.accountStructures];
  return db.transaction('rw', tables, async () => {
    const transaction = await db.transactions.get(transactionId);
    if (!transaction) throw new Error(`Transaction ${transactionId} does not exist in headquarters.`);
    if (transaction.pendingOrderStatus === 'Succeeded') return 'skipped';
    const stamp = now.toISOString();
    const retryCount = transaction.syncModifiedAt === null ? 0 : transaction.retryCount + 1;
    const fail = async (details: string): Promise<OrderOutcome> => {
      await db.transactions.update(transactionId, { pendingOrderStatus: 'Failed', orderErrorDetails: details, retryCount, syncModifiedAt: stamp });
      return 'failed';
    };

    const defaultService = (await db.paymentServices.toArray()).find((s) => s.defaultForNewCreditCards);
    const problem = customer?.problem ?? configurationError(transaction, await db.accountStructures.toArray(), defaultService);
    if (problem) return fail(problem);
    // The number is drawn last, so orders that fail for other reasons do not use up the sequence.
    const sequence = await db.numberSequences.get(SALES_ORDER_SEQUENCE);
    if (!sequence || sequence.next > sequence.largest) return fail(orderErrors.numberSequenceExceeded());
    await db.numberSequences.update(SALES_ORDER_SEQUENCE, { next: sequence.next + 1 });

    const salesOrderId = formatSequenceNumber(sequence, sequence.next);
    await db.salesOrders.add({
      salesOrderId,
      transactionId,
      channelReferenceId: transaction.channelReferenceId,
      customerAccount: customer?.account ?? transaction.customerAccount,
      storeId: transaction.storeId,
      orderDate: transaction.transDate,
      amount: transaction.grossAmount,
      lines: transaction.lines,
      createdAt: stamp,
    });
    await db.salesOrderPayments.bulkAdd(
      transaction.payments.map((p) => ({
        salesOrderId,
        transactionId,
        method: p.method,
        amount: p.amount,
        paymentServiceId: p.method === 'card' ? (defaultService?.id ?? null) : null,
      })),
    );
    await db.transactions.update(transactionId, {
      pendingOrderStatus: 'Succeeded', salesOrderId, orderErrorDetails: null, retryCount, syncModifiedAt: stamp,
    });
    return 'succeeded';
  });
}
