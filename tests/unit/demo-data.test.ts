import { describe, expect, it } from 'vitest';
import { demoChannelTransactions, seedDemoData } from '../../shared/demo/seed-demo-data';
import { memoryDatabase, seededDatabase } from '../support/memory-database';

describe('demo data for USRT', () => {
  it('is the same on every start', () => {
    expect(demoChannelTransactions()).toEqual(demoChannelTransactions());
  });

  it('has the regions, stores and a few hundred transactions with customers and mixed payments', async () => {
    const db = await seededDatabase();
    expect(await db.regions.count()).toBeGreaterThanOrEqual(2);
    expect(await db.stores.where('kind').equals('online').count()).toBeGreaterThanOrEqual(3);
    expect(await db.stores.where('kind').equals('pos').count()).toBeGreaterThanOrEqual(2);
    const transactions = await db.channelTransactions.toArray();
    expect(transactions.length).toBeGreaterThanOrEqual(300);
    const methods = new Set(transactions.flatMap((t) => t.payments.map((p) => p.method)));
    expect(methods).toEqual(new Set(['card', 'cash', 'giftCard', 'customerAccount']));
    expect(transactions.filter((t) => t.customerAccount).length).toBeGreaterThan(200);
    expect(transactions.every((t) => t.payments.reduce((s, p) => s + p.amount, 0) === t.grossAmount)).toBe(true);
  });

  it('seeds only an empty database', async () => {
    const db = memoryDatabase();
    expect(await seedDemoData(db)).toBe(true);
    expect(await seedDemoData(db)).toBe(false);
    expect(await db.channelTransactions.count()).toBe(demoChannelTransactions().length);
  });
});
