import { describe, expect, it } from 'vitest';
import { changedStatusesQuery, keyQueries, MAX_QUERY_LENGTH, recentTransactionsQuery, STATUS_SET, TRANSACTION_SETS, windowQuery } from '../../shared/pull/pull-plan';
import { refreshedRequest } from '../../shared/pull/refresh-workspace';
import { pullRequestSchema } from '../../shared/pull/pull-request';
import { parseFilter, pinnedValues } from '../support/odata-filter';

// The queries a pull sends: short enough for IIS and proxies whatever the transaction numbers,
// every transaction named exactly once, quotes escaped as OData escapes them.

const filterOf = (query: string) => decodeURIComponent(/\$filter=([^&]*)/.exec(query)![1]!);

describe('a pull\'s queries', () => {
  it('name every transaction found once, per company, each query under the length proxies take', () => {
    for (const width of [4, 20, 60]) {
      const found = Array.from({ length: 1_000 }, (_, i) => ({ company: i % 3 ? 'usrt' : 'usmf', transactionNumber: `${'S'.repeat(width)}-${i}` }));
      found.push(found[5]!);
      for (const set of TRANSACTION_SETS) {
        const queries = keyQueries(set, found);
        expect(Math.max(...queries.map((q) => q.length))).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        const named = queries.flatMap((q) => pinnedValues(parseFilter(filterOf(q)), set.transactionNumber) ?? []);
        expect(named.length).toBe(1_000);
        expect(new Set(named).size).toBe(1_000);
        expect(queries.every((q) => q.startsWith(`${set.entity.set}?cross-company=true&$filter=`) && q.includes('&$select='))).toBe(true);
      }
    }
  });

  it('escape a quote in a value, and filter the status set to the unsynchronized in the days chosen', () => {
    const [query] = keyQueries(TRANSACTION_SETS[0]!, [{ company: 'usrt', transactionNumber: "O'BRIEN-1" }]);
    expect(filterOf(query!)).toBe("dataAreaId eq 'usrt' and TransactionNumber eq 'O''BRIEN-1'");
    const request = pullRequestSchema.parse({
      connectionId: '5f0d1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b', companies: ['USRT', 'usmf'], stores: ['HOUSTON'], from: '2026-09-14', to: '2026-09-20',
      transactions: true, statuses: true, unsynchronizedOnly: true,
    });
    expect(filterOf(windowQuery(STATUS_SET, request))).toBe(
      "(dataAreaId eq 'usrt' or dataAreaId eq 'usmf') and CreatedOn ge 2026-09-14T00:00:00Z and CreatedOn lt 2026-09-21T00:00:00Z and store eq 'HOUSTON'"
      + " and Status ne Microsoft.Dynamics.DataEntities.RetailTransactionOrderStatusType'Succeeded'",
    );
  });
});

describe('a refresh\'s questions', () => {
  const request = pullRequestSchema.parse({
    connectionId: '5f0d1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b', companies: ['usrt'], stores: ['SEATTLE'], from: '2026-09-14', to: '2026-09-20',
    transactions: true, statuses: true, unsynchronizedOnly: false,
  });
  const pulled = { connectionId: request.connectionId, connectionName: 'Contoso', environmentUrl: 'https://usrt.operations.dynamics.com', request, changesSince: '2026-09-20T07:45:00.000Z', refreshedAt: null, lastRefresh: null };

  it('ask for the statuses HQ changed since, and the transactions of the days since, by their keys alone', () => {
    const statuses = changedStatusesQuery(request, '2026-09-20T07:45:00.000Z');
    expect(statuses).toMatch(/^RetailTransactionOrderStatusBIEntities\?cross-company=true&/);
    expect(filterOf(statuses)).toBe("dataAreaId eq 'usrt' and CreatedOn ge 2026-09-14T00:00:00Z and CreatedOn lt 2026-09-21T00:00:00Z and store eq 'SEATTLE' and SysModifiedDateTime ge 2026-09-20T07:45:00Z");
    expect(statuses).toMatch(/\$select=dataAreaId,transactionId$/);
    const recent = recentTransactionsQuery(request, '2026-09-20T07:45:00.000Z')!;
    expect(filterOf(recent)).toBe("dataAreaId eq 'usrt' and TransactionDate ge 2026-09-20T00:00:00Z and TransactionDate lt 2026-09-21T00:00:00Z and OperatingUnitNumber eq 'SEATTLE'");
    expect(recent).toMatch(/\$select=dataAreaId,TransactionNumber$/);
    expect(recentTransactionsQuery(request, '2026-09-22T07:45:00.000Z')).toBeNull();
  });

  it('move a pull\'s last day to today where it ended on the day it was read, and keep a window it chose', () => {
    expect(refreshedRequest({ ...pulled, pulledAt: '2026-09-20T08:00:00.000Z' }, new Date('2026-09-22T09:00:00Z'))).toMatchObject({ from: '2026-09-14', to: '2026-09-22' });
    expect(refreshedRequest({ ...pulled, pulledAt: '2026-09-25T08:00:00.000Z' }, new Date('2026-09-26T09:00:00Z'))).toBe(request);
    expect(refreshedRequest({ ...pulled, pulledAt: '2026-09-20T08:00:00.000Z' }, new Date('2026-09-20T18:00:00Z'))).toBe(request);
    // A window grown past a year keeps its last 366 days.
    expect(refreshedRequest({ ...pulled, pulledAt: '2026-09-20T08:00:00.000Z' }, new Date('2027-10-01T09:00:00Z'))).toMatchObject({ from: '2026-10-01', to: '2027-10-01' });
  });
});
