import type { Transaction } from 'dexie';
import { DATA_AREA_ID } from '../../configuration/configuration';
import type { ChannelTransactionRecord } from '../../channel/channel-records';
import type { OrderSyncAttempt, RetailTransactionOrderStatus } from '../../orders/order-status';
import type { Store } from '../../configuration/organization';
import type { SalesOrder, SalesOrderPayment } from '../../orders/sales-orders';
import { LINE_ENTITY_NAMES, type TransactionBundle, type TransactionKey } from '../../orders/transaction-entities';
import { buildTransaction } from '../../channel/simulator/build-transaction';
import { demoCurrencies, demoItems, demoTenderTypes, TAX_RATE_PERCENT, TENDER } from '../../demo/demo-catalog';
import { newOrderStatus } from '../../orders/retail-transaction-store';
import type { V1ChannelTransaction, V1HqTransaction, V1PaymentMethod, V1SalesOrder, V1SalesOrderPayment } from './v1-transactions';

const cents = (value: number) => Math.round(value) / 100;
const TENDER_OF: Record<V1PaymentMethod, string> = TENDER;

/** Version 1 ids read "<store>-<register>-<number>": the register becomes the terminal of the key. */
function keyOfV1(transactionId: string, storeId: string): TransactionKey {
  const terminal = transactionId.startsWith(`${storeId}-`) ? transactionId.slice(storeId.length + 1).split('-')[0] : undefined;
  return { dataAreaId: DATA_AREA_ID, store: storeId, terminal: terminal || 'UNKNOWN', transactionId };
}

/**
 * A version 1 transaction's rows in the eleven tables. Version 1 made a sales order of every
 * transaction, so its register transactions become customer orders (which Synchronize orders
 * takes), not cash-and-carry sales; amounts move from cents to the currency's units.
 */
function bundleOfV1(t: Omit<V1ChannelTransaction, 'seq'>, seq: number): TransactionBundle {
  const asyncAccount = t.customerAccount?.startsWith('ASYNC-') ? t.customerAccount : null;
  return buildTransaction({
    key: keyOfV1(t.transactionId, t.storeId), channelDatabaseId: t.channelDatabaseId, seq,
    type: t.kind === 'online' ? 'Sales' : 'CustomerOrder', channelReferenceId: t.channelReferenceId, receiptId: t.receiptNumber,
    custAccount: asyncAccount ? null : t.customerAccount, custAccountAsync: asyncAccount, at: new Date(t.transDate), currency: t.currency,
    lines: t.lines.map((l) => ({ itemId: l.itemId, qty: l.quantity, price: cents(l.unitPrice) })),
    payments: t.payments.map((p) => ({ tenderType: TENDER_OF[p.method], cardTypeId: p.cardType, amount: cents(p.amount) })),
    charges: t.charges.map((c) => ({ code: c.code, amount: cents(c.amount) })),
    taxPercent: TAX_RATE_PERCENT, taxAmount: cents(t.taxAmount), delivery: null,
  });
}

/**
 * Version 1 kept only the last attempt's time, outcome and error, and how many came before it.
 * The log gets that many attempts, so Retry count still agrees with it: the earlier ones say
 * plainly that their details were not kept.
 */
function attemptsOfV1(t: V1HqTransaction, key: TransactionKey): OrderSyncAttempt[] {
  if (t.syncModifiedAt === null) return [];
  const earlier: OrderSyncAttempt[] = Array.from({ length: t.retryCount }, () => ({
    ...key, at: t.syncModifiedAt!, trigger: 'job', runId: null, outcome: 'Failed', message: 'An attempt made before the upgrade to version 2; its time and details were not kept.',
  }));
  const last: OrderSyncAttempt = {
    ...key, at: t.syncModifiedAt, trigger: 'job', runId: null, outcome: t.pendingOrderStatus === 'Succeeded' ? 'Succeeded' : 'Failed',
    message: t.pendingOrderStatus === 'Succeeded' ? t.salesOrderId : t.orderErrorDetails,
  };
  return [...earlier, last];
}

/** The version 2 upgrade: every version 1 transaction, channel transaction and sales order moves into HQ's tables, nothing left behind. */
export async function upgradeToRetailTables(tx: Transaction): Promise<void> {
  const stores = new Map((await tx.table<Store, string>('stores').toArray()).map((s) => [s.id, s]));
  if (stores.size > 0) {
    // The demo HQ gains the master data version 2 checks orders against.
    await tx.table('items').bulkPut(demoItems);
    await tx.table('tenderTypes').bulkPut(demoTenderTypes);
    await tx.table('currencies').bulkPut(demoCurrencies);
  }
  const channel = await tx.table<V1ChannelTransaction>('channelTransactions').toArray();
  const seqOf = new Map(channel.map((t) => [t.transactionId, t.seq]));
  await tx.table<ChannelTransactionRecord>('channelTransactionRecords').bulkAdd(channel.map((t) => ({
    channelDatabaseId: t.channelDatabaseId, seq: t.seq, tables: bundleOfV1(t, t.seq),
  })));

  const keys = new Map<string, TransactionKey>();
  const currencyOf = new Map<string, string>();
  for (const t of await tx.table<V1HqTransaction>('transactions').toArray()) {
    currencyOf.set(t.transactionId, t.currency);
    const bundle = bundleOfV1(t, seqOf.get(t.transactionId) ?? 0);
    const header = { ...bundle.RetailTransactionTable, salesOrderId: t.salesOrderId };
    keys.set(t.transactionId, keyOfV1(t.transactionId, t.storeId));
    await tx.table('RetailTransactionTable').add(header);
    for (const entity of LINE_ENTITY_NAMES) if (bundle[entity].length) await tx.table(entity).bulkAdd(bundle[entity]);
    const status: RetailTransactionOrderStatus = {
      ...newOrderStatus(header, t.kind, t.uploadedAt),
      Status: t.pendingOrderStatus, ErrorDetail: t.orderErrorDetails, RetryCount: t.retryCount, SalesId: t.salesOrderId, modifieddatetime: t.syncModifiedAt,
    };
    await tx.table('RetailTransactionOrderStatus').add(status);
    await tx.table('orderSyncLog').bulkAdd(attemptsOfV1(t, keyOfV1(t.transactionId, t.storeId)));
  }
  const keyFor = (transactionId: string, storeId?: string) => keys.get(transactionId) ?? keyOfV1(transactionId, storeId ?? '');
  await tx.table<V1SalesOrder | SalesOrder>('salesOrders').toCollection().modify((order) => {
    const old = order as V1SalesOrder;
    const next: SalesOrder = {
      ...keyFor(old.transactionId, old.storeId), salesOrderId: old.salesOrderId, channelReferenceId: old.channelReferenceId,
      customerAccount: old.customerAccount, orderDate: old.orderDate.slice(0, 10), currency: currencyOf.get(old.transactionId) ?? 'USD',
      amount: cents(old.amount), createdAt: old.createdAt,
      lines: old.lines.map((l) => ({ lineNum: l.lineNumber, itemId: l.itemId, qty: l.quantity, price: cents(l.unitPrice), netAmount: cents(l.amount) })),
    };
    for (const field of Object.keys(order)) delete (order as unknown as Record<string, unknown>)[field];
    Object.assign(order, next);
  });
  await tx.table<V1SalesOrderPayment | SalesOrderPayment>('salesOrderPayments').toCollection().modify((payment) => {
    const old = payment as V1SalesOrderPayment;
    const next: SalesOrderPayment = {
      ...keyFor(old.transactionId), id: old.id, salesOrderId: old.salesOrderId, tenderType: TENDER_OF[old.method], amount: cents(old.amount), paymentServiceId: old.paymentServiceId,
    };
    for (const field of Object.keys(payment)) delete (payment as unknown as Record<string, unknown>)[field];
    Object.assign(payment, next);
  });
  await tx.table('uploadSessions').toCollection().modify((session: { setAside?: number }) => void (session.setAside ??= 0));
}
