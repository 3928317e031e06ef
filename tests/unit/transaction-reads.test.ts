import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { HqDatabase } from '../../shared/db/hq-database';
import { getByKeys, loadLinesOf } from '../../shared/orders/retail-transaction-store';
import { LINE_ENTITY_NAMES, keyOf, keyText, keyTuple, type TransactionKey } from '../../shared/orders/transaction-entities';
import { seededDatabase } from '../support/memory-database';
import { uploadAll } from '../support/fixes';
import { KEY_INDEX } from '../../shared/db/retail-transaction-tables';

/**
 * A chunk's headers, statuses and lines are read a register's key range at a time when its keys
 * lie close together, key by key when they are scattered. Either way the answer must be what
 * reading each key alone gives: no row of another transaction, none left out, lines in the order stored.
 */
let db: HqDatabase;
let keys: TransactionKey[] = [];

beforeAll(async () => {
  db = await seededDatabase();
  await uploadAll(db);
  keys = (await db.RetailTransactionTable.toArray()).map(keyOf);
});

/** The keys of the register with the most transactions, in key order. */
function largestRegister(): TransactionKey[] {
  const registers = new Map<string, TransactionKey[]>();
  for (const key of keys) registers.set(`${key.store}/${key.terminal}`, [...(registers.get(`${key.store}/${key.terminal}`) ?? []), key]);
  const largest = [...registers.values()].reduce((a, b) => (b.length > a.length ? b : a));
  return largest.sort((a, b) => a.transactionId.localeCompare(b.transactionId));
}

/** A key HQ does not have, in the same register as one it has (inside that register's range). */
const missingBeside = (key: TransactionKey): TransactionKey => ({ ...key, transactionId: `${key.transactionId}-0` });

async function expectSameAsKeyByKey(wanted: TransactionKey[]) {
  expect(await getByKeys(db.RetailTransactionTable, wanted)).toEqual(await Promise.all(wanted.map((k) => db.RetailTransactionTable.get(keyTuple(k)))));
  expect(await getByKeys(db.RetailTransactionOrderStatus, wanted)).toEqual(await Promise.all(wanted.map((k) => db.RetailTransactionOrderStatus.get(keyTuple(k)))));
  const lines = await loadLinesOf(db, wanted);
  expect([...lines.keys()].sort()).toEqual([...new Set(wanted.map(keyText))].sort());
  for (const key of wanted) {
    for (const entity of LINE_ENTITY_NAMES) {
      expect(lines.get(keyText(key))![entity]).toEqual(await db[entity].where(KEY_INDEX).equals(keyTuple(key)).sortBy('id'));
    }
  }
}

describe('reading a chunk of transactions', () => {
  it('a register\'s keys next to one another are read as they are stored, a key HQ lacks among them as missing', async () => {
    const register = largestRegister();
    await expectSameAsKeyByKey([...register.slice(2, 9), missingBeside(register[4]!)]);
  });

  it('the first and last keys of a register, everything between them not wanted, are read key by key, a key named twice once', async () => {
    const register = largestRegister();
    const [first, last] = [register[0]!, register[register.length - 1]!];
    // The register's range holds more sales lines than 50 for each key named: too many to read whole.
    expect(await db.RetailTransactionSalesTrans.where(KEY_INDEX).between(keyTuple(first), keyTuple(last), true, true).count()).toBeGreaterThan(50 * 3);
    await expectSameAsKeyByKey([last, first, first]);
  });

  it('any keys, in any order, named twice or not in HQ, read as each alone', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.record({ at: fc.nat(), missing: fc.boolean() }), { minLength: 1, maxLength: 40 }),
      async (picks) => {
        await expectSameAsKeyByKey(picks.map(({ at, missing }) => (missing ? missingBeside(keys[at % keys.length]!) : keys[at % keys.length]!)));
      },
    ), { numRuns: 30 });
  });
});
