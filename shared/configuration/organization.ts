import type { FeatureFlags } from './features';

/** "Stores by region": regions hold stores; every store writes to one channel database. */
export type ChannelKind = 'online' | 'pos';

export interface Region {
  id: string;
  name: string;
}

export interface Store {
  id: string;
  name: string;
  regionId: string;
  kind: ChannelKind;
  channelDatabaseId: string;
}

export interface ChannelDatabaseGroup {
  id: string;
  name: string;
}

export interface ChannelDatabase {
  id: string;
  name: string;
  groupId: string;
  /** The simulator can take a channel database offline; uploads and downloads to it then fail. */
  online: boolean;
  /** When each download job last delivered its data here (ISO time). */
  lastDownloads: Partial<Record<'1010' | '1070' | '1110', string>>;
  /** The channel's replication counter: every row it records (transactions, customer operations) takes the next value. */
  replicationCounter: number;
  /** The feature flags the channel acts on: HQ's, as of the last time 1110, 1010 and 1070 had all reached it. */
  appliedFeatures: FeatureFlags;
  /** Calls the channel made to HQ in real time because async editing was not in effect there. */
  realTimeCalls: number;
  /** Each of its stores' last transaction number, kept by the simulator (absent until it first records here). */
  transactionNumbers?: Record<string, number>;
  /** When the simulator's last transaction here was made (ISO time): the next ones come after it. */
  lastTransactionAt?: string;
  /** When the simulator's last customer operation here was made (ISO time): the next ones come after it. */
  lastCustomerOperationAt?: string;
}
