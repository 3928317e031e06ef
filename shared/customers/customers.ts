/** A real customer in headquarters. */
export interface Customer {
  customerAccount: string;
  name: string;
  email: string;
  phone: string;
  customerGroup: string;
  street: string;
  city: string;
  zipCode: string;
  countryRegionId: string;
  attributes: Record<string, string>;
  affiliations: string[];
  createdAt: string;
  modifiedAt: string;
}

/** The fields of a customer an async operation carries (all but the attributes and affiliations). */
export const CORE_FIELDS = ['name', 'email', 'phone', 'customerGroup', 'street', 'city', 'zipCode', 'countryRegionId'] as const;
export type CoreField = (typeof CORE_FIELDS)[number];
export type CoreValues = Record<CoreField, string>;
/** The fields RETAILASYNCADDRESSV2 holds; the others are the header's (RETAILASYNCCUSTOMERV2). */
export const ADDRESS_FIELDS = ['street', 'city', 'zipCode', 'countryRegionId'] as const satisfies readonly CoreField[];

export type RetailAsyncOperation = 'Create' | 'Update';

/** A customer created or edited in a channel without calling HQ, as the channel database holds it. */
export type ChannelCustomerOperation = {
  operationId: string;
  channelDatabaseId: string;
  /** Replication counter within the channel database, shared with transactions. */
  seq: number;
  storeId: string;
  operation: RetailAsyncOperation;
  asyncCustomerAccount: string | null;
  /** The real account an update is for. */
  customerAccount: string | null;
  operationTimestamp: string;
  values: CoreValues;
  /** What the channel had before an update; empty for a creation. */
  oldValues: CoreValues;
  attributes: { name: string; oldValue: string; newValue: string }[];
  affiliations: string[];
};

/** The channel's own customer list: an async account until 1010 brings the real one. */
export interface ChannelCustomer {
  key: string;
  channelDatabaseId: string;
  customerAccount: string;
  asyncCustomerAccount: string | null;
  name: string;
}

export const CUSTOMER_SYNC_STATUSES = ['Pending', 'Succeeded', 'Failed'] as const;
export type CustomerSyncStatus = (typeof CUSTOMER_SYNC_STATUSES)[number];

/** RETAILASYNCCUSTOMERV2: the header of an uploaded operation, with its synchronization status. */
export interface AsyncCustomer {
  operationId: string;
  channelDatabaseId: string;
  storeId: string;
  operation: RetailAsyncOperation;
  asyncCustomerAccount: string | null;
  /** The real account: the one updated, or the one created once synchronized. */
  customerAccount: string | null;
  operationTimestamp: string;
  name: string;
  customerGroup: string;
  /** EMAIL and PHONE of RETAILASYNCCUSTOMERV2: the operation's e-mail and phone, as its contact rows hold them too. */
  email: string;
  phone: string;
  oldValues: CoreValues;
  status: CustomerSyncStatus;
  lastKnownError: string | null;
  /**
   * The cause behind a Failed status (CustomerErrorCause), stored where the failure is decided;
   * null unless Failed. Failures by root cause groups the operations by it.
   */
  lastErrorCause: string | null;
  onlineOperationCompleted: 0 | 1;
  retryCount: number;
  modifiedAt: string | null;
}

/** RETAILASYNCADDRESSV2 */
export interface AsyncAddress {
  operationId: string;
  street: string;
  city: string;
  zipCode: string;
  countryRegionId: string;
  onlineOperationCompleted: 0 | 1;
}

/** RETAILASYNCCUSTOMERCONTACT */
export interface AsyncContact {
  id?: number;
  operationId: string;
  type: 'Email' | 'Phone';
  locator: string;
  onlineOperationCompleted: 0 | 1;
}

/** RETAILASYNCCUSTOMERAFFILIATION */
export interface AsyncAffiliation {
  id?: number;
  operationId: string;
  affiliation: string;
  onlineOperationCompleted: 0 | 1;
}

/** RETAILASYNCCUSTOMERATTRIBUTEV2 */
export interface AsyncAttribute {
  id?: number;
  operationId: string;
  name: string;
  oldValue: string;
  newValue: string;
  onlineOperationCompleted: 0 | 1;
}

/** One administrator edit of an operation's value: the audit trail. */
export interface CustomerEdit {
  id?: number;
  operationId: string;
  field: string;
  oldValue: string;
  newValue: string;
  editedBy: string;
  editedAt: string;
}
