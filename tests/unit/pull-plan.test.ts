import { describe, expect, it } from 'vitest';
import { keyQueries, MAX_QUERY_LENGTH, STATUS_SET, TRANSACTION_SETS, windowQuery } from '../../shared/pull/pull-plan';
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
