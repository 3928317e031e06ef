import { z } from 'zod';
import { ADDRESS_FIELDS, CORE_FIELDS, type ChannelCustomer, type ChannelCustomerOperation, type CoreValues } from './customers';
import { CORE_FIELD_LABELS } from './customer-rules';
import { isEmpty, showValue } from '../platform/value-text';

/**
 * The zod schemas of what the channels send about customers: RETAILASYNCCUSTOMERV2 with its
 * address, contacts, affiliations and attributes (one operation), and the channel's customer list
 * that 1010 updates. A value that is missing becomes empty, for Synchronize customers to judge and
 * a person to correct; a value of the wrong kind refuses the operation, naming the field.
 */
const text = (label: string) => z.unknown().optional().superRefine((value, ctx) => {
  if (!isEmpty(value) && typeof value !== 'string') ctx.addIssue({ code: 'custom', message: `${label} is not text (${showValue(value)})` });
  else if (typeof value === 'string' && value.length > 200) ctx.addIssue({ code: 'custom', message: `${label} is longer than 200 characters` });
}).transform((value) => (typeof value === 'string' ? value : ''));

const required = (label: string) => z.string({ error: (issue) => (issue.input === undefined || issue.input === null ? `${label} is missing` : `${label} is not text (${showValue(issue.input)})`) })
  .trim().min(1, `${label} is missing`).max(100, `${label} is longer than 100 characters`);

/** The customer fields, named as people read them: "City", or "Old city" for what the channel had before an update. */
const coreValues = (what: 'customer' | 'old customer') => z.object(
  Object.fromEntries(CORE_FIELDS.map((f) => [f, text(what === 'customer' ? CORE_FIELD_LABELS[f] : `Old ${CORE_FIELD_LABELS[f].toLowerCase()}`)])) as Record<keyof CoreValues, ReturnType<typeof text>>,
  { error: (issue) => (issue.input === undefined ? `the ${what} values are missing` : `the ${what} values are not a group of fields`) });

export const channelCustomerOperationSchema = z.object({
  operationId: required('Operation id'),
  channelDatabaseId: required('Channel database'),
  seq: z.number({ error: 'the replication counter is not a number' }).int('the replication counter is not a whole number'),
  storeId: required('Store'),
  operation: z.enum(['Create', 'Update'], { error: (issue) => `Operation ${showValue(issue.input)} is neither Create nor Update` }),
  asyncCustomerAccount: text('Async customer account').transform((v) => v || null),
  customerAccount: text('Customer account').transform((v) => v || null),
  operationTimestamp: z.iso.datetime({ error: (issue) => `Operation timestamp ${isEmpty(issue.input) ? 'is missing' : `is not a date and time (${showValue(issue.input)})`}` }),
  values: coreValues('customer'),
  oldValues: z.preprocess((v) => v ?? {}, coreValues('old customer')),
  attributes: z.array(
    z.object({ name: required('Attribute name'), oldValue: text('Old attribute value'), newValue: text('Attribute value') }, { error: 'the attribute is not a name with values' }),
    { error: 'the attributes are not a list' },
  ).max(100, 'there are more than 100 attributes').default([]),
  affiliations: z.array(required('Affiliation'), { error: 'the affiliations are not a list' }).max(100, 'there are more than 100 affiliations').default([]),
}).superRefine((op, ctx) => {
  if (op.operation === 'Create' && !op.asyncCustomerAccount) ctx.addIssue({ code: 'custom', message: 'Async customer account is missing (a customer created offline must have one)' });
  if (op.operation === 'Update' && !op.customerAccount) ctx.addIssue({ code: 'custom', message: 'Customer account is missing (an update must name the customer it changes)' });
}) satisfies z.ZodType<ChannelCustomerOperation>;

export const channelCustomerSchema = z.object({
  key: required('Key'),
  channelDatabaseId: required('Channel database'),
  customerAccount: required('Customer account'),
  asyncCustomerAccount: text('Async customer account').transform((v) => v || null),
  name: text('Name'),
}) satisfies z.ZodType<ChannelCustomer>;

/** The operation's values as HQ holds them, read back before Synchronize customers trusts them. */
export const storedOperationSchema = z.object({
  values: coreValues('customer'),
  attributes: z.array(z.object({ name: required('Attribute name'), newValue: text('Attribute value') })),
});

/** Which of the five RETAILASYNC* tables a field of an operation lives in ("city": RETAILASYNCADDRESSV2). */
export const asyncTableOf = (field: string): string => whereIn(field.startsWith('attribute:') ? ['attributes'] : ['values', field]);

/** Which of the five RETAILASYNC* tables (and which line of it) a problem of an operation is in. */
function whereIn(path: readonly PropertyKey[]): string {
  const [group, field] = path;
  if (group === 'attributes') return `RETAILASYNCCUSTOMERATTRIBUTEV2${typeof field === 'number' ? `, line ${field + 1}` : ''}`;
  if (group === 'affiliations') return `RETAILASYNCCUSTOMERAFFILIATION${typeof field === 'number' ? `, line ${field + 1}` : ''}`;
  if ((group === 'values' || group === 'oldValues') && typeof field === 'string') {
    if ((ADDRESS_FIELDS as readonly string[]).includes(field)) return 'RETAILASYNCADDRESSV2';
    if (field === 'email' || field === 'phone') return 'RETAILASYNCCUSTOMERCONTACT';
  }
  return 'RETAILASYNCCUSTOMERV2';
}

/** Every problem of a failed parse, one sentence each: what the record is, the table and line, and what is wrong. */
export function describeIssues(record: string, error: z.ZodError): string {
  return error.issues.map((issue) => `${record} (${whereIn(issue.path)}): ${issue.message}.`).join('\n');
}
