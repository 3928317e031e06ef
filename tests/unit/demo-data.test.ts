import { describe, expect, it } from 'vitest';
import { demoChannelSketches, seedDemoData } from '../../shared/demo/seed-demo-data';
import { parseTransactionBundle } from '../../shared/orders/transaction-schemas';
import { LINE_ENTITY_NAMES } from '../../shared/orders/transaction-entities';
import { memoryDatabase, seededDatabase } from '../support/memory-database';

describe('demo data for USRT', () => {
  it('is the same on every start', () => {
    expect(demoChannelSketches()).toEqual(demoChannelSketches());
  });

  it('has the regions, stores and a few hundred transactions in all eleven tables, with customers and mixed tenders', async () => {
    const db = await seededDatabase();
    expect(await db.regions.count()).toBeGreaterThanOrEqual(2);
    expect(await db.stores.where('kind').equals('online').count()).toBeGreaterThanOrEqual(3);
    expect(await db.stores.where('kind').equals('pos').count()).toBeGreaterThanOrEqual(2);
    const records = await db.channelTransactionRecords.toArray();
    expect(records.length).toBeGreaterThanOrEqual(300);
    const bundles = records.map((r) => parseTransactionBundle(r.tables)).flatMap((p) => (p.ok ? [p.value] : []));
    expect(bundles).toHaveLength(records.length); // the demo's bad data is bad by HQ's rules, not in its types
    expect(new Set(bundles.flatMap((b) => b.RetailTransactionPaymentTrans.map((p) => p.tenderType)))).toEqual(new Set(['1', '3', '4', '7']));
    expect(new Set(bundles.map((b) => b.RetailTransactionTable.type))).toEqual(new Set(['Sales', 'CustomerOrder']));
    expect(bundles.filter((b) => b.RetailTransactionTable.custAccount || b.RetailTransactionTable.CustAccountAsync).length).toBeGreaterThan(200);
    expect(bundles.filter((b) => b.RetailTransactionTable.CustAccountAsync).length).toBeGreaterThan(0);
    // Every table but the GTE taxes (India's, which a US company does not record) holds rows.
    const filled = LINE_ENTITY_NAMES.filter((entity) => bundles.some((b) => b[entity].length > 0));
    expect(filled).toEqual(LINE_ENTITY_NAMES.filter((e) => e !== 'RetailTransactionTaxTransGTE'));
    expect(bundles.every((b) => Math.abs(b.RetailTransactionPaymentTrans.reduce((sum, p) => sum + p.amountCur!, 0) - b.RetailTransactionTable.grossAmount!) < 0.005
      || b.RetailTransactionTable.transactionId === 'ADV-W-000011')).toBe(true);
  });

  it('seeds only an empty database', async () => {
    const db = memoryDatabase();
    expect(await seedDemoData(db)).toBe(true);
    expect(await seedDemoData(db)).toBe(false);
    expect(await db.channelTransactionRecords.count()).toBe(demoChannelSketches().length);
  });
});
