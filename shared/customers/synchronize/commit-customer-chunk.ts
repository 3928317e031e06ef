import type { HqDatabase } from '../../db/hq-database';
import { replaceTerms, type SearchSource } from '../customer-search';
import type { AsyncAddress, AsyncAffiliation, AsyncAttribute, AsyncContact, AsyncCustomer, Customer } from '../customers';
import { searchTablesOf, type AsyncOperation } from '../async-customer-operation';
import type { CustomerPlan } from './decide-customer-chunk';
import { NumberDrawer } from '../../configuration/number-drawer';
import type { CustomerErrorCause } from '../customer-errors';

/*
 * Synchronize customers, step 3 of 3: write what was decided for a chunk, one bulk write per table.
 */

export type CustomerOutcome = 'succeeded' | 'failed' | 'skipped';

const retried = (header: AsyncCustomer) => (header.modifiedAt === null ? 0 : header.retryCount + 1);
const completed = <R extends { onlineOperationCompleted: 0 | 1 }>(rows: readonly R[]): R[] => rows.map((row) => ({ ...row, onlineOperationCompleted: 1 }));

/** Everything a chunk writes, gathered operation by operation and written together at its end, one bulk write per table. */
class CustomerChunkWrites {
  readonly headers: AsyncCustomer[] = [];
  readonly addresses: AsyncAddress[] = [];
  readonly contacts: AsyncContact[] = [];
  readonly affiliations: AsyncAffiliation[] = [];
  readonly attributes: AsyncAttribute[] = [];
  /** Each operation written, as it was read and as it is written: its search terms move with its status. */
  readonly before: SearchSource[] = [];
  readonly after: SearchSource[] = [];
  readonly created: Customer[] = [];
  /** By account: a customer updated twice in a chunk is written once, as the last update left it. */
  readonly updated = new Map<string, Customer>();

  constructor(private readonly at: string) {}

  fail(op: AsyncOperation, error: string, cause: CustomerErrorCause): CustomerOutcome {
    const { header } = op;
    this.writeHeader(op, { ...op, header: { ...header, status: 'Failed', lastKnownError: error, lastErrorCause: cause, retryCount: retried(header), modifiedAt: this.at } });
    return 'failed';
  }

  private writeHeader(before: SearchSource, after: SearchSource): void {
    this.headers.push(after.header);
    this.before.push(before);
    this.after.push(after);
  }

  /** The customer made or changed, and every row of its operation marked OnlineOperationCompleted = 1. */
  succeed(op: AsyncOperation, customer: Customer, how: 'created' | 'updated'): CustomerOutcome {
    if (how === 'created') this.created.push(customer);
    else this.updated.set(customer.customerAccount, customer);
    const address = op.address && completed([op.address])[0];
    const attributes = completed(op.attributes);
    this.writeHeader(op, {
      header: {
        ...op.header, status: 'Succeeded', customerAccount: customer.customerAccount, lastKnownError: null, lastErrorCause: null, onlineOperationCompleted: 1,
        retryCount: retried(op.header), modifiedAt: this.at,
      },
      address, attributes,
    });
    if (address) this.addresses.push(address);
    this.contacts.push(...completed(op.contacts));
    this.affiliations.push(...completed(op.affiliations));
    this.attributes.push(...attributes);
    return 'succeeded';
  }

  async write(db: HqDatabase): Promise<void> {
    await Promise.all([
      db.customers.bulkAdd(this.created), db.customers.bulkPut([...this.updated.values()]), db.asyncCustomers.bulkPut(this.headers),
      db.asyncAddresses.bulkPut(this.addresses), db.asyncContacts.bulkPut(this.contacts), db.asyncAffiliations.bulkPut(this.affiliations),
      db.asyncAttributes.bulkPut(this.attributes), replaceTerms(searchTablesOf(db), this.before, this.after),
    ]);
  }
}

/**
 * Writes a chunk's plans (call inside a transaction over customerChunkTables, with the operations
 * as read in it): each customer created gets the next account of accountSequence (HQ's
 * parameters), drawn last so that operations failing for other reasons do not use up the
 * sequence; the sequence is read only if the chunk creates a customer, and written once.
 */
export async function commitCustomerPlans(db: HqDatabase, plans: readonly CustomerPlan[], accountSequence: string | undefined, at: string): Promise<CustomerOutcome[]> {
  const writes = new CustomerChunkWrites(at);
  const creates = plans.some((plan) => plan.kind === 'create');
  const accounts = new NumberDrawer(creates && accountSequence !== undefined ? await db.numberSequences.get(accountSequence) : undefined);
  const outcomes = plans.map((plan): CustomerOutcome => {
    switch (plan.kind) {
      case 'skipped':
        return 'skipped';
      case 'fail':
        return writes.fail(plan.op, plan.error, plan.cause);
      case 'update':
        return writes.succeed(plan.op, plan.customer, 'updated');
      case 'create': {
        const customerAccount = accounts.draw();
        return customerAccount ? writes.succeed(plan.op, { customerAccount, ...plan.customer }, 'created') : writes.fail(plan.op, 'Number sequence has been exceeded.', 'numberSequence');
      }
    }
  });
  await Promise.all([writes.write(db), accounts.write(db)]);
  return outcomes;
}
