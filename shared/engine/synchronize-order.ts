import type { HqDatabase } from '../db/hq-database';
import { SALES_ORDER_SEQUENCE } from '../domain/configuration';
import type { HqTransaction } from '../domain/transactions';
import { orderErrors } from './order-errors';
import { isMainAccountAllowed, mainAccountsFor } from './posting';
import { formatSequenceNumber } from './number-sequence-rules';
import { ensureAsyncCustomer } from './synchronize-customer';

export type OrderOutcome = 'succeeded' | 'failed' | 'skipped';

/** Why HQ cannot create the sales order right now, from its configuration; null if it can. */
async function configurationError(db: HqDatabase, transaction: HqTransaction): Promise<string | null> {
  const structures = await db.accountStructures.toArray();
  const invalid = mainAccountsFor(transaction).find((account) => !isMainAccountAllowed(structures, account));
  if (invalid) return orderErrors.accountStructure(invalid);
  if (transaction.payments.some((p) => p.method === 'card')) {
    const services = await db.paymentServices.toArray();
    if (!services.some((s) => s.defaultForNewCreditCards)) return orderErrors.noDefaultPaymentService();
  }
  return null;
}

/** The account a sales order is for: the real one HQ gave a customer the channel created offline. */
async function realCustomerAccount(db: HqDatabase, account: string | null): Promise<string | null> {
  if (!account) return null;
  return (await db.asyncCustomers.where('asyncCustomerAccount').equals(account).first())?.customerAccount ?? account;
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
  const customerProblem = pending?.pendingOrderStatus === 'Succeeded' ? null : await ensureAsyncCustomer(db, pending?.customerAccount ?? null, now);
  const tables = [db.transactions, db.salesOrders, db.salesOrderPayments, db.numberSequences, db.paymentServices, db.accountStructures, db.asyncCustomers];
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

    const problem = customerProblem ?? (await configurationError(db, transaction));
    if (problem) return fail(problem);
    // The number is drawn last, so orders that fail for other reasons do not use up the sequence.
    const sequence = await db.numberSequences.get(SALES_ORDER_SEQUENCE);
    if (!sequence || sequence.next > sequence.largest) return fail(orderErrors.numberSequenceExceeded());
    await db.numberSequences.update(SALES_ORDER_SEQUENCE, { next: sequence.next + 1 });

    const salesOrderId = formatSequenceNumber(sequence, sequence.next);
    const defaultService = (await db.paymentServices.toArray()).find((s) => s.defaultForNewCreditCards) ?? null;
    await db.salesOrders.add({
      salesOrderId,
      transactionId,
      channelReferenceId: transaction.channelReferenceId,
      customerAccount: await realCustomerAccount(db, transaction.customerAccount),
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
