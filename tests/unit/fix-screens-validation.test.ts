import { describe, expect, it } from 'vitest';
import { setDefaultPaymentService, updateAccountStructure, updateNumberSequence } from '../../shared/configuration/configuration-commands';
import { ValidationError } from '../../shared/platform/validation-error';
import { seededDatabase } from '../support/memory-database';
import { SALES_ORDER_SEQUENCE } from '../../shared/demo/demo-organization';

async function rejected(promise: Promise<unknown>): Promise<Record<string, string>> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}

describe('Number sequences', () => {
  it.each([
    [{ next: 14321, largest: 1_000_000 }, 'largest', /cannot exceed 999999/],
    [{ next: 14000, largest: 20000 }, 'next', /cannot be lower than 14321/],
    [{ next: 14321, largest: 14000 }, 'largest', /at least 14320/],
    [{ next: 14321.5, largest: 20000 }, 'next', /whole number/],
    [{ next: 14321, largest: Number.NaN }, 'largest', /whole number/],
  ])('rejects %o on %s and saves nothing', async (edit, field, message) => {
    const db = await seededDatabase();
    const before = await db.numberSequences.get(SALES_ORDER_SEQUENCE);
    const errors = await rejected(updateNumberSequence(db, SALES_ORDER_SEQUENCE, edit));
    expect(errors[field]).toMatch(message);
    expect(await db.numberSequences.get(SALES_ORDER_SEQUENCE)).toEqual(before);
  });

  it('never lets Largest go below Smallest, even on a sequence not used yet (Next at Smallest)', async () => {
    const db = await seededDatabase();
    await db.numberSequences.update(SALES_ORDER_SEQUENCE, { smallest: 500, next: 500 });
    const before = await db.numberSequences.get(SALES_ORDER_SEQUENCE);
    const errors = await rejected(updateNumberSequence(db, SALES_ORDER_SEQUENCE, { next: 500, largest: 499 }));
    expect(errors.largest).toBe('Largest cannot be lower than Smallest (500).');
    expect(await db.numberSequences.get(SALES_ORDER_SEQUENCE)).toEqual(before);
  });

  it('saves a raised largest value', async () => {
    const db = await seededDatabase();
    await updateNumberSequence(db, SALES_ORDER_SEQUENCE, { next: 14321, largest: 999_999 });
    expect((await db.numberSequences.get(SALES_ORDER_SEQUENCE))!.largest).toBe(999_999);
  });
});

describe('Account structures', () => {
  it.each([
    [[{ from: '60000', to: '699999' }], 'ranges.0.from'],
    [[{ from: '600000', to: '6x9999' }], 'ranges.0.to'],
    [[{ from: '610000', to: '600000' }], 'ranges.0.to'],
    [[], 'ranges'],
  ])('rejects %o on %s and saves nothing', async (ranges, field) => {
    const db = await seededDatabase();
    const before = await db.accountStructures.get('MA-CC');
    const errors = await rejected(updateAccountStructure(db, 'MA-CC', ranges));
    expect(errors[field]).toBeTruthy();
    expect(await db.accountStructures.get('MA-CC')).toEqual(before);
  });
});

describe('Payment services', () => {
  it('keeps exactly one default processor for new credit cards', async () => {
    const db = await seededDatabase();
    await setDefaultPaymentService(db, 'ADYEN', true);
    await setDefaultPaymentService(db, 'TEST', true);
    const defaults = (await db.paymentServices.toArray()).filter((s) => s.defaultForNewCreditCards).map((s) => s.id);
    expect(defaults).toEqual(['TEST']);
  });

  it('refuses an unknown service and changes nothing', async () => {
    const db = await seededDatabase();
    const before = await db.paymentServices.toArray();
    await expect(setDefaultPaymentService(db, 'NOPE', true)).rejects.toThrow(/does not exist/);
    expect(await db.paymentServices.toArray()).toEqual(before);
  });
});
