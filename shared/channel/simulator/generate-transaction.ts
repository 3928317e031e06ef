import type { Store } from '../../configuration/organization';
import type { TransactionBundle } from '../../orders/transaction-entities';
import { buildTransaction, type TransactionSketch } from './build-transaction';
import type { ChannelCatalog } from './channel-catalog';
import { valuesFor } from './shopper-details';
import type { Random } from '../../platform/prng';

/** What the online stores charge for freight, and the sales tax the channels compute. */
export const FREIGHT_AMOUNT = 9.95;
export const TAX_RATE_PERCENT = 8;
/** The mode of delivery of online orders, which ship to the shopper. */
export const SHIPPING_MODE = '99';

export interface TransactionSlot {
  store: Store;
  /** Replication counter in the store's channel database. */
  seq: number;
  /** Running number of the transaction within its store. */
  number: number;
  transDate: Date;
}

const cardTypes = ['Visa', 'MasterCard', 'American Express'];

function pickTender(random: Random, store: Store, hasCustomer: boolean, tenders: ChannelCatalog['tenders']): string {
  const roll = random.next();
  if (store.kind === 'online') {
    if (roll < 0.7) return tenders.card;
    if (roll < 0.85) return tenders.giftCard;
    return hasCustomer ? tenders.customerAccount : tenders.card;
  }
  if (roll < 0.45) return tenders.card;
  if (roll < 0.9) return tenders.cash;
  return tenders.giftCard;
}

/** The terminal (register) a store's transactions come from: online stores have one virtual register. */
export const terminalOf = (store: Store): string => (store.kind === 'online' ? 'W' : 'T01');

/**
 * One transaction as a store or online channel would record it. Online orders ship and may carry
 * freight; at a register, a sale with a customer is a customer order (picked up later), one
 * without is cash and carry.
 */
export function sketchTransaction(random: Random, slot: TransactionSlot, catalog: ChannelCatalog): TransactionSketch {
  const { store } = slot;
  const lines = Array.from({ length: random.int(1, 4) }, () => {
    const item = random.pick(catalog.items);
    return { itemId: item.itemId, qty: random.int(1, 3), price: item.price, discountPercent: random.chance(0.15) ? 10 : 0 };
  });
  const charges = store.kind === 'online' && random.chance(0.3) ? [{ code: catalog.freightChargeCode, amount: FREIGHT_AMOUNT }] : [];
  const hasCustomer = store.kind === 'online' || random.chance(0.5);
  const tenderType = pickTender(random, store, hasCustomer, catalog.tenders);
  const padded = String(slot.number).padStart(6, '0');
  const terminal = terminalOf(store);
  const customer = hasCustomer ? random.pick(catalog.customers) : null;
  const address = customer && store.kind === 'online' ? valuesFor(Number(customer.account), customer.name) : null;
  return {
    key: { dataAreaId: catalog.dataAreaId, store: store.id, terminal, transactionId: `${store.id}-${terminal}-${padded}` },
    channelDatabaseId: store.channelDatabaseId,
    seq: slot.seq,
    type: store.kind === 'pos' && hasCustomer ? 'CustomerOrder' : 'Sales',
    channelReferenceId: store.kind === 'online' ? `${store.id}${String(slot.number).padStart(7, '0')}` : null,
    receiptId: store.kind === 'pos' ? `${store.id}01${padded}` : null,
    custAccount: customer?.account ?? null,
    custAccountAsync: null,
    at: slot.transDate,
    currency: 'USD',
    lines,
    payments: [{ tenderType, cardTypeId: tenderType === catalog.tenders.card ? random.pick(cardTypes) : null }],
    charges,
    infocodes: store.kind === 'pos' && random.chance(0.3) ? [{ infocodeId: 'SATISFACTION', information: String(random.int(1, 5)) }] : [],
    taxPercent: TAX_RATE_PERCENT,
    delivery: address && customer
      ? { dlvMode: SHIPPING_MODE, name: customer.name, street: address.street, city: address.city, zipCode: address.zipCode, countryRegionId: address.countryRegionId }
      : null,
  };
}

export const generateTransaction = (random: Random, slot: TransactionSlot, catalog: ChannelCatalog): TransactionBundle => buildTransaction(sketchTransaction(random, slot, catalog));
