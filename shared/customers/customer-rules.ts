import { CORE_FIELDS, type CoreField, type CoreValues } from './customers';
import type { FieldErrors } from '../platform/validation-error';
import type { MessageCatalog } from '../platform/message-catalog';

export const CORE_FIELD_LABELS: Record<CoreField, string> = {
  name: 'Name', email: 'E-mail', phone: 'Phone', customerGroup: 'Customer group',
  street: 'Street', city: 'City', zipCode: 'ZIP/postal code', countryRegionId: 'Country/region',
};

/** A field of an operation as the Customer attributes grid and the audit trail name it. */
export type OperationField = CoreField | `attribute:${string}`;
export const attributeField = (name: string): OperationField => `attribute:${name}`;
export const isCoreField = (field: string): field is CoreField => (CORE_FIELDS as readonly string[]).includes(field);

/** What HQ checks a customer against, read from its master data: customer groups, attributes' allowed values, countries and regions. */
export interface CustomerConfiguration {
  customerGroups: ReadonlySet<string>;
  attributes: ReadonlyMap<string, readonly string[]>;
  countryRegions: ReadonlySet<string>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/;
const PHONE = /^\+?[0-9][0-9 ()-]{3,19}$/;
/** As long as the channel may send one (customer-schemas.ts). */
const MAX_VALUE = 200;
/**
 * What HQ says of a customer's value it cannot accept; stored as English in Last known error,
 * and shown in the user's language through matchMessage (message-catalog.ts).
 */
export const customerProblems = {
  valueTooLong: (max: string) => `A value may be at most ${max} characters long.`,
  attributeUnknown: (name: string) => `Customer attribute '${name}' does not exist.`,
  attributeValueNotAllowed: (value: string, name: string, allowed: string) => `'${value}' is not an allowed value of ${name} (allowed: ${allowed}).`,
  fieldUnknown: (field: string) => `Unknown field '${field}'.`,
  addressPartMissing: (part: string) => `The address is missing its ${part}, which is mandatory.`,
  nameMandatory: () => 'Name is mandatory.',
  emailInvalid: (value: string) => `'${value}' is not a valid e-mail address.`,
  phoneInvalid: (value: string) => `'${value}' is not a valid phone number.`,
  customerGroupMandatory: () => 'Customer group is mandatory.',
  customerGroupUnknown: (value: string) => `Customer group '${value}' does not exist.`,
  countryRegionUnknown: (value: string, allowed: string) => `Country/region '${value}' does not exist (use ${allowed}).`,
  customerUnknown: (account: string) => `Customer ${account} does not exist in headquarters.`,
} satisfies MessageCatalog;

const MANDATORY_ADDRESS: readonly CoreField[] = ['street', 'city', 'zipCode', 'countryRegionId'];

/** Why HQ cannot accept this value for this field, or null. */
export function fieldProblem(field: OperationField, value: string, config: CustomerConfiguration): string | null {
  const v = value.trim();
  if (v.length > MAX_VALUE) return customerProblems.valueTooLong(String(MAX_VALUE));
  if (field.startsWith('attribute:')) {
    const name = field.slice('attribute:'.length);
    const allowed = config.attributes.get(name);
    if (!allowed) return customerProblems.attributeUnknown(name);
    return v && !allowed.includes(v) ? customerProblems.attributeValueNotAllowed(v, name, allowed.join(', ')) : null;
  }
  if (!isCoreField(field)) return customerProblems.fieldUnknown(field);
  if (MANDATORY_ADDRESS.includes(field) && !v) return customerProblems.addressPartMissing(CORE_FIELD_LABELS[field]);
  switch (field) {
    case 'name':
      return v ? null : customerProblems.nameMandatory();
    case 'email':
      return v && !EMAIL.test(v) ? customerProblems.emailInvalid(v) : null;
    case 'phone':
      return v && !PHONE.test(v) ? customerProblems.phoneInvalid(v) : null;
    case 'customerGroup':
      if (!v) return customerProblems.customerGroupMandatory();
      return config.customerGroups.has(v) ? null : customerProblems.customerGroupUnknown(v);
    case 'countryRegionId':
      return config.countryRegions.has(v) ? null : customerProblems.countryRegionUnknown(v, [...config.countryRegions].join(', '));
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
