import type { ChannelDatabase, ChannelDatabaseGroup, Region, Store } from '../configuration/organization';
import type { FeatureFlags } from '../configuration/features';
import type { AccountStructure, NumberSequence, PaymentService } from '../configuration/configuration';

/** The number sequence of USRT's sales orders. */
export const SALES_ORDER_SEQUENCE = 'USRT-SO';

export const demoRegions: Region[] = [
  { id: 'WEST', name: 'West' },
  { id: 'EAST', name: 'East' },
];

export const demoChannelDatabaseGroups: ChannelDatabaseGroup[] = [
  { id: 'ONLINE', name: 'Online channels' },
  { id: 'STORES', name: 'Store channels' },
];

/** The channel databases before any row is recorded in them; seeding sets their replication counters. */
export function demoChannelDatabases(features: FeatureFlags): ChannelDatabase[] {
  const fresh = { online: true, lastDownloads: {}, replicationCounter: 0, appliedFeatures: features, realTimeCalls: 0 };
  return [
    { id: 'ECOMM-CDB', name: 'E-commerce channel database', groupId: 'ONLINE', ...fresh },
    { id: 'SEATTLE-CDB', name: 'Seattle channel database', groupId: 'STORES', ...fresh },
    { id: 'SANFRAN-CDB', name: 'San Francisco channel database', groupId: 'STORES', ...fresh },
  ];
}

export const demoStores: Store[] = [
  { id: 'FAB', name: 'Fabrikam online store', regionId: 'WEST', kind: 'online', channelDatabaseId: 'ECOMM-CDB' },
  { id: 'ADV', name: 'Adventure Works online store', regionId: 'EAST', kind: 'online', channelDatabaseId: 'ECOMM-CDB' },
  { id: 'NOR', name: 'Northwind online store', regionId: 'EAST', kind: 'online', channelDatabaseId: 'ECOMM-CDB' },
  { id: 'SEA', name: 'Seattle', regionId: 'WEST', kind: 'pos', channelDatabaseId: 'SEATTLE-CDB' },
  { id: 'SFO', name: 'San Francisco', regionId: 'WEST', kind: 'pos', channelDatabaseId: 'SANFRAN-CDB' },
];

/**
 * The demo configuration meets every order error family on the first Synchronize orders run:
 * the Sales order sequence has room for only 80 more orders, no payment service is the
 * default processor for new credit cards, and the expense structure leaves a gap at 618160.
 */
export const demoNumberSequences: NumberSequence[] = [
  { code: SALES_ORDER_SEQUENCE, name: 'Sales orders', reference: 'Sales order', prefix: 'SO-', digits: 6, smallest: 1, largest: 14400, next: 14321 },
];

export const demoPaymentServices: PaymentService[] = [
  { id: 'ADYEN', name: 'Adyen payment connector', defaultForNewCreditCards: false },
  { id: 'TEST', name: 'Test connector', defaultForNewCreditCards: false },
];

export const demoAccountStructures: AccountStructure[] = [
  {
    id: 'MA-BU-DEP',
    name: 'Balance sheet and revenue: MainAccount-BusinessUnit-Department',
    allowedRanges: [
      { from: '110000', to: '139999' },
      { from: '200000', to: '299999' },
      { from: '400000', to: '499999' },
    ],
  },
  {
    id: 'MA-CC',
    name: 'Expenses: MainAccount-CostCenter',
    allowedRanges: [
      { from: '600000', to: '618159' },
      { from: '618200', to: '699999' },
    ],
  },
];
