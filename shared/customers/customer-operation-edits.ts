import { UserFacingError } from '../platform/user-facing-error';
import type { HqDatabase } from '../db/hq-database';
import { replaceTerms } from './customer-search';
import { ADDRESS_FIELDS } from './customers';
import { asyncWriteTables, loadOperation, operationValues, searchTablesOf } from './async-customer-operation';
import { fieldProblem, isCoreField, type OperationField } from './customer-rules';
import { throwIfInvalid, type FieldErrors } from '../platform/validation-error';
import { customerConfiguration, customerConfigurationTables } from './customer-configuration';

export interface FieldChange {
  field: OperationField;
  newValue: string;
}

/**
 * Save in the Customer attributes grid: corrects new values of an operation that is not yet
 * synchronized. Each changed value must be acceptable to HQ, or nothing is saved; each saved
 * change is audited with field, old value, new value, who and when. Returns how many changed.
 */
export async function updateCustomerOperation(db: HqDatabase, operationId: string, changes: readonly FieldChange[], editedBy: string, now: Date): Promise<number> {
  return db.transaction('rw', [...asyncWriteTables(db), db.customerEdits, ...customerConfigurationTables(db)], async () => {
    const op = await loadOperation(db, operationId);
    if (!op) throw new UserFacingError(`Customer operation ${operationId} does not exist.`);
    if (op.header.status === 'Succeeded') throw new UserFacingError(`Operation ${operationId} is already synchronized; its values can no longer change.`);
    const values = operationValues(op);
    const current = (field: OperationField): string | undefined =>
      isCoreField(field) ? values[field] : op.attributes.find((a) => `attribute:${a.name}` === field)?.newValue;

    const config = await customerConfiguration(db);
    const errors: FieldErrors = {};
    for (const { field, newValue } of changes) {
      if (current(field) === undefined) errors[field] = `The operation has no field ${field}.`;
      else if (newValue !== current(field)) {
        const problem = fieldProblem(field, newValue, config);
        if (problem) errors[field] = problem;
      }
    }
    throwIfInvalid(errors);

    const real = changes.filter((c) => c.newValue.trim() !== current(c.field));
    for (const { field, newValue } of real) {
      const value = newValue.trim();
      if (field === 'name' || field === 'customerGroup') await db.asyncCustomers.update(operationId, { [field]: value });
      else if (field === 'email' || field === 'phone') {
        await db.asyncCustomers.update(operationId, { [field]: value });
        await db.asyncContacts.where('operationId').equals(operationId).and((c) => c.type === (field === 'email' ? 'Email' : 'Phone')).modify({ locator: value });
      } else if ((ADDRESS_FIELDS as readonly string[]).includes(field)) await db.asyncAddresses.update(operationId, { [field]: value });
      else await db.asyncAttributes.where('operationId').equals(operationId).and((a) => `attribute:${a.name}` === field).modify({ newValue: value });
      await db.customerEdits.add({ operationId, field, oldValue: current(field)!, newValue: value, editedBy, editedAt: now.toISOString() });
    }
    // Found by its new values from now on, and no longer by the old ones.
    const edited = real.length > 0 ? await loadOperation(db, operationId) : null;
    if (edited) await replaceTerms(searchTablesOf(db), [op], [edited]);
    return real.length;
  });
}
