import { describe, expect, it } from 'vitest';
import { deepLinkHash, deepLinkInArgs } from '../../electron/main/deep-link';
import { ipcEvents } from '../../shared/contracts/host-api';
import { locationHash, parseHash } from '../../renderer/app/hash-location';
import { filterFromQuery, queryFromFilter, recordParts } from '../../renderer/screens/orders/transaction-location';
import { operationFilterFromQuery, queryFromOperationFilter } from '../../renderer/screens/customers/operation-location';

describe('a sync-console:// link the OS hands the desktop app', () => {
  it.each([
    ['sync-console://online-transactions/NOR/W/NOR-W-000059', '#/online-transactions/NOR/W/NOR-W-000059'],
    ['sync-console://store-transactions/OSLO%201/3/0001?status=Failed', '#/store-transactions/OSLO%201/3/0001?status=Failed'],
    ['sync-console://customer-sync-status/op-7', '#/customer-sync-status/op-7'],
    ['sync-console://run-history', '#/run-history'],
  ])('%s opens %s', (url, hash) => {
    expect(deepLinkHash(url)).toBe(hash);
    expect(ipcEvents['app:openLink'].safeParse({ hash }).success).toBe(true);
  });

  it.each([
    ['another scheme', 'https://online-transactions/NOR/W/1'],
    ['credentials', 'sync-console://admin:pw@online-transactions/NOR/W/1'],
    ['a port', 'sync-console://online-transactions:80/NOR/W/1'],
    ['a screen that is not a word', 'sync-console://ONLINE/NOR'],
    ['more than a record', 'sync-console://online-transactions/a/b/c/d'],
    ['a broken escape', 'sync-console://online-transactions/%E0%A4%A/W/1'],
    ['a segment too long', `sync-console://online-transactions/${'x'.repeat(201)}/W/1`],
    ['not a URL', 'sync-console:'],
  ])('refuses a link with %s', (_why, url) => {
    expect(deepLinkHash(url)).toBeNull();
  });

  it('is found among a second instance’s arguments, and only the app’s own scheme is', () => {
    expect(deepLinkInArgs(['/opt/Sync Console/sync-console', '--no-sandbox', 'sync-console://online-transactions/NOR/W/7'])).toBe('#/online-transactions/NOR/W/7');
    expect(deepLinkInArgs(['/opt/Sync Console/sync-console', 'https://example.com/#/online-transactions'])).toBeNull();
  });
});

describe('the URL hash names the screen, the record open on it and its filters', () => {
  it('reads and writes the same location, with any character in a key', () => {
    const hash = locationHash('online-transactions', ['NOR', 'W/2', 'NOR 000#9'], 'status=Failed&store=NOR');
    expect(parseHash(hash)).toEqual({ screen: 'online-transactions', record: ['NOR', 'W/2', 'NOR 000#9'], query: 'status=Failed&store=NOR' });
    expect(parseHash('#/import')).toEqual({ screen: 'import', record: [], query: '' });
  });

  it('drops what it does not know: an unknown screen, a record that does not decode', () => {
    expect(parseHash('#/nowhere/1').screen).toBeNull();
    expect(parseHash('#/online-transactions/NOR/%E0%A4%A/1').record).toEqual([]);
    expect(recordParts(['NOR', 'W'])).toBeNull();
  });

  it('keeps the transaction filters, leaving out those not set and unknown values', () => {
    const filter = { kind: 'online', reference: 'NOR00', customerAccount: '', status: 'Failed', storeId: 'all', cause: null, retriesAbove: null, datePrefix: null, check: null, changedInHq: null } as const;
    expect(queryFromFilter(filter)).toBe('reference=NOR00&status=Failed');
    expect(filterFromQuery('online', queryFromFilter(filter))).toEqual(filter);
    // Check data's lists: what would fail, for a cause, and where HQ and the check disagree; anything else is no filter.
    for (const check of ['fails', 'disagrees', 'cause:data:RetailTransactionPaymentTrans'] as const) {
      expect(filterFromQuery('online', queryFromFilter({ ...filter, check }))).toEqual({ ...filter, check });
    }
    expect(filterFromQuery('online', 'check=everything').check).toBeNull();
    // A refresh's flagged transactions (changed in HQ since edited here): a flag, set or not.
    expect(queryFromFilter({ ...filter, changedInHq: true })).toBe('reference=NOR00&status=Failed&changedInHq=1');
    expect(filterFromQuery('online', queryFromFilter({ ...filter, changedInHq: true }))).toEqual({ ...filter, changedInHq: true });
    expect(filterFromQuery('online', 'changedInHq=yes').changedInHq).toBeNull();
    // A status HQ's enum has not is kept: an imported workspace lists what its export wrote as it was.
    expect(filterFromQuery('pos', 'status=Archived&store=OSLO')).toEqual({ kind: 'pos', reference: '', customerAccount: '', status: 'Archived', storeId: 'OSLO', cause: null, retriesAbove: null, datePrefix: null, check: null, changedInHq: null });
    expect(filterFromQuery('pos', 'status=%3Cscript%3E&store=OSLO')).toMatchObject({ status: 'all' });
  });

  it('keeps the customer operation filters the same way', () => {
    const filter = { field: 'attribute:Loyalty', value: 'Gold', status: 'Failed' } as const;
    expect(operationFilterFromQuery(queryFromOperationFilter(filter))).toEqual(filter);
    expect(operationFilterFromQuery('field=password&status=Gone')).toEqual({ field: 'name', value: '', status: 'all' });
  });
});
