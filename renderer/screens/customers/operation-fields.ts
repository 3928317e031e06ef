import { CORE_FIELDS } from '../../../shared/customers/customers';
import type { AsyncOperation } from '../../../shared/customers/async-customer-operation';
import { operationValues } from '../../../shared/customers/async-customer-operation';
import { attributeField, CORE_FIELD_LABELS, type OperationField } from '../../../shared/customers/customer-rules';

export interface OperationFieldRow {
  field: OperationField;
  label: string;
  oldValue: string;
  newValue: string;
}

/** Every value of an operation as the Customer attributes grid shows it: what it was, and what the channel sent. */
export function operationFieldRows(op: AsyncOperation): OperationFieldRow[] {
  const values = operationValues(op);
  return [
    ...CORE_FIELDS.map((field) => ({ field, label: CORE_FIELD_LABELS[field], oldValue: op.header.oldValues[field], newValue: values[field] })),
    ...op.attributes.map((a) => ({ field: attributeField(a.name), label: a.name, oldValue: a.oldValue, newValue: a.newValue })),
  ];
}
