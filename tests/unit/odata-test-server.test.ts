import https from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FilterSyntaxError, matches, parseFilter, pinnedValues } from '../support/odata-filter';
import { startODataTestServer, type ODataTestServer } from '../support/odata-test-server';
import { TestAuthority, TEST_TENANT } from '../support/test-authority';

// The test servers the connector is tested against: they must answer as HQ and Entra ID do, or a
// test passing against them proves nothing.

describe('the test server\'s $filter', () => {
  const row = { dataAreaId: 'usrt', store: 'HOUSTON', Status: 'Failed', RetryCount: 2, CreatedOn: '2026-09-14T10:00:00Z', SalesId: null };

  it('compares text without regard to case, numbers, date-times and nulls', () => {
    expect(matches(parseFilter("dataAreaId eq 'USRT'"), row)).toBe(true);
    expect(matches(parseFilter("store ne 'HOUSTON'"), row)).toBe(false);
    expect(matches(parseFilter('RetryCount ge 2 and RetryCount le 2'), row)).toBe(true);
    expect(matches(parseFilter('RetryCount gt 2'), row)).toBe(false);
    expect(matches(parseFilter('CreatedOn ge 2026-09-14T00:00:00Z and CreatedOn lt 2026-09-15T00:00:00Z'), row)).toBe(true);
    expect(matches(parseFilter('CreatedOn lt 2026-09-14T10:00:00Z'), row)).toBe(false);
    expect(matches(parseFilter('SalesId eq null'), row)).toBe(true);
    expect(matches(parseFilter('SalesId ne null'), row)).toBe(false);
  });

  it('reads enum members bare and qualified, or and and with parentheses, and in', () => {
    expect(matches(parseFilter("Status eq Microsoft.Dynamics.DataEntities.RetailTransactionOrderStatusType'Failed'"), row)).toBe(true);
    expect(matches(parseFilter("(Status eq 'Succeeded' or Status eq 'Failed') and store eq 'HOUSTON'"), row)).toBe(true);
    expect(matches(parseFilter("Status eq 'Succeeded' or Status eq 'Failed' and store eq 'SEATTLE'"), row)).toBe(false);
    expect(matches(parseFilter("store in ('SEATTLE', 'houston')"), row)).toBe(true);
    expect(matches(parseFilter("store eq 'O''Hare'"), { store: "O'Hare" })).toBe(true);
  });

  it('refuses what it does not understand', () => {
    expect(() => parseFilter("store eq 'HOUSTON' xor 1")).toThrow(FilterSyntaxError);
    expect(() => parseFilter('store like 1')).toThrow(FilterSyntaxError);
    expect(() => parseFilter("(store eq 'A'")).toThrow(FilterSyntaxError);
  });

  it('knows the values a filter pins a property to, and only when it pins it', () => {
    const filter = parseFilter("dataAreaId eq 'usrt' and (TransactionNumber eq 'A' or TransactionNumber eq 'B')");
    expect(pinnedValues(filter, 'TransactionNumber')).toEqual(['A', 'B']);
    expect(pinnedValues(parseFilter("TransactionNumber eq 'A' or store eq 'X'"), 'TransactionNumber')).toBeNull();
  });
});

describe('the OData test server', () => {
  let server: ODataTestServer;
  beforeAll(async () => {
    server = await startODataTestServer({ transactions: 25, companies: ['usrt', 'usmf'], firstDay: '2026-09-14', days: 5, pageSize: 10 });
  });
  afterAll(() => server.stop());

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.url}${path}`, { headers });
    return { status: response.status, headers: response.headers, body: await response.json() as Record<string, unknown> & { value: Record<string, unknown>[] } };
  };

  it('pages by $skiptoken to the end, every row once, with real names, etags, noon dates and 1900-01-01 for empty', async () => {
    const rows: Record<string, unknown>[] = [];
    let link: string | undefined = '/data/RetailTransactions?cross-company=true';
    let pages = 0;
    while (link) {
      const { body } = await get(link.replace(server.url, ''));
      expect(body['@odata.context']).toMatch(/\$metadata#RetailTransactions$/);
      rows.push(...body.value);
      link = body['@odata.nextLink'] as string | undefined;
      if (link) expect(link).toMatch(/\$skiptoken=\d+/);
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(new Set(rows.map((r) => r.TransactionNumber)).size).toBe(25);
    expect(rows[0]).toMatchObject({ dataAreaId: 'usrt', OperatingUnitNumber: 'HOUSTON', RreceiptId: 'R0', TransactionDate: '2026-09-14T12:00:00Z', QuotationExpiryDate: '1900-01-01T12:00:00Z', TransactionType: 'Sales', CreatedOffline: 'No' });
    expect(rows[0]!['@odata.etag']).toMatch(/^W\/".+"$/);
  });

  it('answers only the default company without cross-company=true', async () => {
    const { body } = await get('/data/RetailTransactions?$select=dataAreaId', { prefer: 'odata.maxpagesize=100' });
    expect(new Set(body.value.map((r) => r.dataAreaId))).toEqual(new Set(['usrt']));
  });

  it('applies $filter and $select, honours odata.maxpagesize and refuses a property the entity does not have', async () => {
    const filter = encodeURIComponent("dataAreaId eq 'usmf' and (Status eq Microsoft.Dynamics.DataEntities.RetailTransactionOrderStatusType'Failed')");
    const { body, headers } = await get(`/data/RetailTransactionOrderStatusBIEntities?cross-company=true&$filter=${filter}&$select=transactionId,Status`, { prefer: 'odata.maxpagesize=2' });
    expect(headers.get('preference-applied')).toBe('odata.maxpagesize=2');
    expect(body.value).toHaveLength(2);
    for (const row of body.value) expect(Object.keys(row).sort()).toEqual(['@odata.etag', 'Status', 'transactionId']);
    expect(body.value.every((r) => r.Status === 'Failed')).toBe(true);
    expect((await get('/data/RetailTransactions?$select=NoSuchThing')).status).toBe(400);
    expect((await get(`/data/RetailTransactions?$filter=${encodeURIComponent('TransactionDate gt')}`)).status).toBe(400);
  });

  it('answers 429 with Retry-After when asked to, then goes on', async () => {
    server.throttle(7);
    const throttled = await fetch(`${server.url}/data/RetailTransactions`);
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('7');
    expect((await fetch(`${server.url}/data/RetailTransactions`)).status).toBe(200);
  });

  it('drops the connection in the middle of a page', async () => {
    server.dropNextPages(1);
    await expect(fetch(`${server.url}/data/RetailTransactions`).then((r) => r.json())).rejects.toThrow();
    expect((await get('/data/RetailTransactions')).status).toBe(200);
  });

  it('writes nothing: anything but GET is refused', async () => {
    expect((await fetch(`${server.url}/data/RetailTransactions`, { method: 'POST', body: '{}' })).status).toBe(405);
  });
});

describe('the test server behind the test authority', () => {
  let authority: TestAuthority;
  let server: ODataTestServer;
  beforeAll(async () => {
    authority = await TestAuthority.start();
    server = await startODataTestServer({ transactions: 3, firstDay: '2026-09-14', days: 1, verifyToken: authority.verifyToken });
  });
  afterAll(async () => {
    await server.stop();
    await authority.stop();
  });

  /** A token as a client gets one: code with PKCE at the authorize endpoint, redeemed at the token endpoint. */
  async function token(): Promise<string> {
    const { cert } = authority.certificate;
    const request = (url: string, body?: string) => new Promise<{ status: number; location?: string; json: () => Record<string, string> }>((resolve, reject) => {
      const req = https.request(url, { ca: cert, method: body ? 'POST' : 'GET', headers: body ? { 'content-type': 'application/x-www-form-urlencoded' } : {} }, (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, location: res.headers.location, json: () => JSON.parse(text) as Record<string, string> }));
      });
      req.on('error', reject);
      req.end(body);
    });
    const config = (await request(`${authority.host}/${TEST_TENANT}/v2.0/.well-known/openid-configuration`)).json();
    const verifier = 'v'.repeat(43);
    const authorize = await request(`${config.authorization_endpoint}?client_id=c&response_type=code&redirect_uri=${encodeURIComponent('http://localhost:1/')}&state=s&code_challenge=${verifier}&code_challenge_method=plain&scope=openid`);
    const code = new URL(authorize.location!).searchParams.get('code')!;
    const answer = await request(config.token_endpoint!, new URLSearchParams({ grant_type: 'authorization_code', code, code_verifier: verifier, client_id: 'c', redirect_uri: 'http://localhost:1/', scope: `${server.url}/.default` }).toString());
    expect(answer.json().client_info).toBeTruthy();
    return answer.json().access_token!;
  }

  it('serves a valid token, refuses none and refuses an expired one with 401', async () => {
    expect((await fetch(`${server.url}/data/RetailTransactions`)).status).toBe(401);
    const bearer = { authorization: `Bearer ${await token()}` };
    expect((await fetch(`${server.url}/data/RetailTransactions`, { headers: bearer })).status).toBe(200);
    server.expireTokens();
    const expired = await fetch(`${server.url}/data/RetailTransactions`, { headers: bearer });
    expect(expired.status).toBe(401);
    expect(expired.headers.get('www-authenticate')).toContain('invalid_token');
  });
});
