import type { HqDatabase } from '../../../shared/db/hq-database';
import { coupledSyncErrors, failedCustomerOperations, failedOrders, runsInErrorToday, uploadSessionsNotApplied } from '../../../shared/store-financials/workspace-summary';
import { format } from 'date-fns';
import { screenHrefWith } from '../../app/hash-location';
import { ordersInEditing } from '../../../shared/store-financials/left-in-editing';

/** One tile of the Store financials workspace: its title, its live count and the list it opens, already filtered. */
export interface WorkspaceTile {
  id: string;
  /** The i18n key of its title. */
  title: string;
  count: (db: HqDatabase, now: Date) => Promise<number>;
  /** The list, filtered as the count is (today's runs: the day is in the link). */
  href: (now: Date) => string;
  /** Shown only while its count is above zero: a reminder, not a list to watch. */
  onlyWhenAny?: boolean;
}

/** The tiles, in the order they show: a new list of failures is one more entry here. */
export const WORKSPACE_TILES: readonly WorkspaceTile[] = [
  { id: 'online-order-errors', title: 'workspace.tiles.onlineOrderErrors', count: (db) => failedOrders(db, 'online'), href: () => screenHrefWith('online-transactions', { status: 'Failed' }) },
  { id: 'customer-order-errors', title: 'workspace.tiles.customerOrderErrors', count: (db) => failedOrders(db, 'pos'), href: () => screenHrefWith('store-transactions', { status: 'Failed' }) },
  { id: 'customer-failures', title: 'workspace.tiles.customerFailures', count: failedCustomerOperations, href: () => screenHrefWith('customer-sync-status', { status: 'Failed' }) },
  { id: 'upload-sessions', title: 'workspace.tiles.uploadSessionsNotApplied', count: uploadSessionsNotApplied, href: () => screenHrefWith('upload-sessions', { status: 'Apply failed' }) },
  { id: 'coupled-sync-errors', title: 'nav.coupledSyncErrors', count: coupledSyncErrors, href: () => screenHrefWith('coupled-sync-errors', {}) },
  { id: 'runs-in-error', title: 'workspace.tiles.runsInErrorToday', count: runsInErrorToday, href: (now) => screenHrefWith('run-history', { status: 'Error', from: format(now, 'yyyy-MM-dd') }) },
  // Left in Editing, which every job skips: who set it and when is under Left in Editing below the tiles.
  { id: 'online-editing', title: 'editingLeft.tileOnline', count: (db) => ordersInEditing(db, 'online'), href: () => screenHrefWith('online-transactions', { status: 'Editing' }), onlyWhenAny: true },
  { id: 'customer-editing', title: 'editingLeft.tilePos', count: (db) => ordersInEditing(db, 'pos'), href: () => screenHrefWith('store-transactions', { status: 'Editing' }), onlyWhenAny: true },
];
