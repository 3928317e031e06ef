import { CORE_FIELDS } from '../../../shared/customers/customers';
import type { CustomerOperationFilter } from '../../../shared/customers/customer-operations';

const STATUSES = ['Pending', 'Succeeded', 'Failed'] as const;
const LIST_FIELDS = ['channelName', 'customerAccount', 'asyncCustomerAccount', ...CORE_FIELDS] as const;

const isField = (field: string): field is CustomerOperationFilter['field'] =>
  (LIST_FIELDS as readonly string[]).includes(field) || /^attribute:.+/.test(field);

/** The operation list's filters from the URL; anything unknown there reads as no filter. */
export function operationFilterFromQuery(query: string): CustomerOperationFilter {
  const params = new URLSearchParams(query);
  const field = params.get('field') ?? 'name';
  const status = params.get('status') ?? 'all';
  return {
    field: isField(field) ? field : 'name',
    value: params.get('value') ?? '',
    status: (STATUSES as readonly string[]).includes(status) ? status as CustomerOperationFilter['status'] : 'all',
  };
}

/** The filters as URL parameters, leaving out those at their default. */
export function queryFromOperationFilter(filter: CustomerOperationFilter): string {
  const params = new URLSearchParams();
  if (filter.field !== 'name') params.set('field', filter.field);
  if (filter.value) params.set('value', filter.value);
  if (filter.status !== 'all') params.set('status', filter.status);
  return params.toString();
}
