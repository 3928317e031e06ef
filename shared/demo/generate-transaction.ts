import type { Store } from '../domain/organization';
import type { ChannelTransaction, ChargeLine, PaymentLine, PaymentMethod, SalesLine } from '../domain/transactions';
import { demoCustomers, demoItems, FREIGHT_CHARGE, TAX_RATE_PERCENT } from './demo-catalog';
import type { Random } from './prng';

export interface TransactionSlot {
  store: Store;
  /** Replication counter in the store's channel database. */
  seq: number;
  /** Running number of the transaction within its store. */
  number: number;
  transDate: Date;
}

const cardTypes = ['Visa', 'MasterCard', 'American Express'];

function pickPaymentMethod(random: Random, store: Store, hasCustomer: boolean): PaymentMethod {
  const roll = random.next();
  if (store.kind === 'online') {
    if (roll < 0.7) return 'card';
    if (roll < 0.85) return 'giftCard';
    return hasCustomer ? 'customerAccount' : 'card';
  }
  if (roll < 0.45) return 'card';
  if (roll < 0.9) return 'cash';
  return 'giftCard';
}

/** One channel transaction as a store or online channel would record it: lines, tax, charges, payment. */
export function generateTransaction(random: Random, slot: TransactionSlot): ChannelTransaction {
  const { store } = slot;
  const lines: SalesLine[] = Array.from({ length: random.int(1, 4) }, (_, i) => {
    const item = random.pick(demoItems);
    const quantity = random.int(1, 3);
    return { lineNumber: i + 1, itemId: item.itemId, itemName: item.name, quantity, unitPrice: item.price, amount: item.price * quantity };
  });
  const net = lines.reduce((sum, l) => sum + l.amount, 0);
  const taxAmount = Math.round((net * TAX_RATE_PERCENT) / 100);
  const charges: ChargeLine[] = store.kind === 'online' && random.chance(0.3) ? [{ code: FREIGHT_CHARGE, amount: 995 }] : [];
  const grossAmount = net + taxAmount + charges.reduce((sum, c) => sum + c.amount, 0);
  const hasCustomer = store.kind === 'online' || random.chance(0.5);
  const method = pickPaymentMethod(random, store, hasCustomer);
  const payments: PaymentLine[] = [
    { lineNumber: 1, method, amount: grossAmount, cardType: method === 'card' ? random.pick(cardTypes) : null },
  ];
  const padded = String(slot.number).padStart(6, '0');
  return {
    transactionId: `${store.id}-${store.kind === 'online' ? 'W' : 'T01'}-${padded}`,
    channelDatabaseId: store.channelDatabaseId,
    seq: slot.seq,
    storeId: store.id,
    kind: store.kind,
    channelReferenceId: store.kind === 'online' ? `${store.id}${String(slot.number).padStart(7, '0')}` : null,
    receiptNumber: store.kind === 'pos' ? `${store.id}01${padded}` : null,
    customerAccount: hasCustomer ? random.pick(demoCustomers).account : null,
    transDate: slot.transDate.toISOString(),
    currency: 'USD',
    lines,
    payments,
    charges,
    taxAmount,
    grossAmount,
  };
}
