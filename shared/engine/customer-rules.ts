import { CORE_FIELDS, type CoreField, type CoreValues } from '../domain/customers';
import { COUNTRY_REGIONS } from '../demo/demo-customers';
import type { FieldErrors } from './validation-error';

export const CORE_FIELD_LABELS: Record<CoreField, string> = {
  name: 'Name', email: 'E-mail', phone: 'Phone', customerGroup: 'Customer group',
  street: 'Street', city: 'City', zipCode: 'ZIP/postal code', countryRegionId: 'Country/region',
};

/** A field of an operation as the Customer attributes grid and the audit trail name it. */
export type OperationField = CoreField | `attribute:${string}`;
export const attributeField = (name: string): OperationField => `attribute:${name}`;
export const isCoreField = (field: string): field is CoreField => (CORE_FIELDS as readonly string[]).includes(field);

/** What HQ checks a customer against: its customer groups and its attributes' allowed values. */
export interface CustomerConfiguration {
  customerGroups: ReadonlySet<string>;
  attributes: ReadonlyMap<string, readonly string[]>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/;
const PHONE = /^\+?[0-9][0-9 ()-]{3,19}$/;
/** As long as the channel may send one (customer-schemas.ts). */
const MAX_VALUE = 200;
const MANDATORY_ADDRESS: readonly CoreField[] = ['street', 'city', 'zipCode', 'countryRegionId'];

/** Why HQ cannot accept this value for this field, or null. */
export function fieldProblem(field: OperationField, value: string, config: CustomerConfiguration): string | null {
  const v = value.trim();
  if (v.length > MAX_VALUE) return `A value may be at most ${MAX_VALUE} characters long.`;
  if (field.startsWith('attribute:')) {
    const name = field.slice('attribute:'.length);
    const allowed = config.attributes.get(name);
    if (!allowed) return `Customer attribute '${name}' does not exist.`;
    return v && !allowed.includes(v) ? `'${v}' is not an allowed value of ${name} (allowed: ${allowed.join(', ')}).` : null;
  }
  if (!isCoreField(field)) return `Unknown field '${field}'.`;
  if (MANDATORY_ADDRESS.includes(field) && !v) return `The address is missing its ${CORE_FIELD_LABELS[field]}, which is mandatory.`;
  switch (field) {
    case 'name':
      return v ? null : 'Name is mandatory.';
    case 'email':
      return v && !EMAIL.test(v) ? `'${v}' is not a valid e-mail address.` : null;
    case 'phone':
      return v && !PHONE.test(v) ? `'${v}' is not a valid phone number.` : null;
    case 'customerGroup':
      if (!v) return 'Customer group is mandatory.';
      return config.customerGroups.has(v) ? null : `Customer group '${v}' does not exist.`;
    case 'countryRegionId':
      return (COUNTRY_REGIONS as readonly string[]).includes(v) ? null : `Country/region '${v}' does not exist (use ${COUNTRY_REGIONS.join(', ')}).`;
    default:
      return null;
  }
}

/** Every problem with an operation's values, by field; empty when HQ can accept it. */
export function operationProblems(values: CoreValues, attributes: readonly { name: string; newValue: string }[], config: CustomerConfiguration): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of CORE_FIELDS) {
    const problem = fieldProblem(field, values[field], config);
    if (problem) errors[field] = problem;
  }
  for (const { name, newValue } of attributes) {
    const problem = fieldProblem(attributeField(name), newValue, config);
    if (problem) errors[attributeField(name)] = problem;
  }
  return errors;
}
