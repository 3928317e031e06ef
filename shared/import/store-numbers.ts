/**
 * Which store number goes with which operating unit number, as the export itself pairs them. The
 * V1 and V2 entities and RetailTransactionsAuditable key a transaction's store by its operating
 * unit number (062), the *BIEntities by the table's store number (HOUSTON); where HQ's two differ,
 * rows of the one kind do not find their transaction among rows of the other. Some entities carry
 * both (Payment transactions V2's Store, RetailTransactionsAuditable's StoreNumber): from those,
 * a row whose transaction is nowhere under its own store is looked for under the other.
 */
export class StoreNumbers {
  private readonly pairs = new Map<string, string>();

  /** A row keyed by `operatingUnit` that names its store number too. */
  note(company: string, operatingUnit: string, storeNumber: string): void {
    if (operatingUnit === storeNumber) return;
    this.pairs.set(`${company}\u0000${storeNumber}`, operatingUnit);
    this.pairs.set(`${company}\u0000${operatingUnit}`, storeNumber);
  }

  /** The other name of a store, as the export paired them; null when nothing paired it. */
  otherName(company: string, store: string): string | null {
    return this.pairs.get(`${company}\u0000${store}`) ?? null;
  }
}
