// A headquarters' transactions for the OData test server (odata-test-server.ts), computed from
// their number rather than kept: transaction i has its company, store, register, day and order
// status by arithmetic, and every row of it is built on demand from the table of real names
// (shared/import/public-entities) by odataRow, so 100,000 transactions cost no memory. What HQ
// changes afterwards (a status set to Succeeded) is kept as an override with its own version.
import { retailTransactions } from '../../shared/import/public-entities/transactions';
import { retailTransactionSalesLinesV2 } from '../../shared/import/public-entities/sales-lines';
import { retailTransactionPaymentLinesV2 } from '../../shared/import/public-entities/payment-lines';
import { retailTransactionOrderStatusBiEntities } from '../../shared/import/public-entities/order-status';
import type { PublicEntity } from '../../shared/import/public-entities/public-entity';
import { orderErrors } from '../../shared/orders/order-errors';
import { odataRow } from './real-export';

export type HqStatus = 'None' | 'Failed' | 'Succeeded' | 'PendingSynchronization' | 'Editing';

export interface HqFixtureOptions {
  transactions: number;
  /** Companies in HQ's lower case; the first is the signed-in user's default company. */
  companies?: string[];
  stores?: string[];
  /** The first transaction's day (YYYY-MM-DD); the others spread over `days` days after it. */
  firstDay: string;
  days: number;
  salesLinesPerTransaction?: number;
  /** Each transaction's order status in HQ; by default 2 in 10 failed, 1 in 10 pending, the rest succeeded. */
  statusOf?: (i: number) => HqStatus;
}

/** The four entity sets the test server serves, each with the rows one transaction has in it. */
export const SERVED_SETS: Readonly<Record<string, PublicEntity>> = {
  RetailTransactions: retailTransactions,
  RetailTransactionSalesLinesV2: retailTransactionSalesLinesV2,
  RetailTransactionPaymentLinesV2: retailTransactionPaymentLinesV2,
  RetailTransactionOrderStatusBIEntities: retailTransactionOrderStatusBiEntities,
};

const defaultStatus = (i: number): HqStatus => (i % 10 < 2 ? 'Failed' : i % 10 === 2 ? 'PendingSynchronization' : 'Succeeded');

/** An etag as HQ writes it: W/"<base64 of 'version,RecId'>". */
const etagOf = (version: number, recId: number) => `W/"${Buffer.from(`'${version},${5637144576 + recId}'`).toString('base64')}"`;

interface Override {
  version: number;
  /** When HQ received the transaction, where a test added it after the start (every row of it modified then). */
  addedAt?: string;
  status?: Record<string, unknown>;
  header?: Record<string, unknown>;
}

export class HqFixture {
  readonly count: number;
  readonly companies: string[];
  readonly stores: string[];
  private readonly lines: number;
  private readonly statusOf: (i: number) => HqStatus;
  private readonly overrides = new Map<number, Override>();
  /** Transactions not in HQ yet: a test adds them later. */
  private readonly hidden = new Set<number>();
  private readonly firstDay: number;

  constructor(private readonly options: HqFixtureOptions) {
    this.count = options.transactions;
    this.companies = options.companies ?? ['usrt'];
    this.stores = options.stores ?? ['HOUSTON', 'SEATTLE'];
    this.lines = options.salesLinesPerTransaction ?? 2;
    this.statusOf = options.statusOf ?? defaultStatus;
    this.firstDay = Date.parse(`${options.firstDay}T00:00:00Z`);
  }

  get defaultCompany(): string {
    return this.companies[0]!;
  }

  /** How many rows one transaction has in the set. */
  rowsPerTransaction(set: string): number {
    return set === 'RetailTransactionSalesLinesV2' ? this.lines : 1;
  }

  key(i: number) {
    const store = this.stores[Math.floor(i / this.companies.length) % this.stores.length]!;
    return { dataAreaId: this.companies[i % this.companies.length]!, store, terminal: `${store}-1`, transactionId: `${store}-1-${i}` };
  }

  /** The transaction a number names ("HOUSTON-1-17" → 17), or null. */
  indexOf(transactionId: string): number | null {
    const n = Number(/-(\d+)$/.exec(transactionId)?.[1] ?? NaN);
    return Number.isInteger(n) && n >= 0 && n < this.count && this.key(n).transactionId === transactionId ? n : null;
  }

  day(i: number): string {
    return new Date(this.firstDay + Math.floor((i * this.options.days) / Math.max(1, this.count)) * 86_400_000).toISOString().slice(0, 10);
  }

  private createdAt(i: number): string {
    return `${this.day(i)}T${String(8 + (i % 10)).padStart(2, '0')}:00:00Z`;
  }

  /** HQ changes transaction i's order status (a person fixed it there, a job ran): a new version, modified now. */
  changeStatus(i: number, patch: Record<string, unknown>, at: Date): void {
    const override = this.overrides.get(i) ?? { version: 1 };
    override.version += 1;
    override.status = { ...override.status, ...patch, SysModifiedDateTime: at.toISOString() };
    this.overrides.set(i, override);
  }

  /**
   * HQ changes transaction i's header with Edit and audit, which marks its order status as edited
   * (ManuallyModified, LastEditUser): the header has no modification time of its own, the status has.
   */
  changeHeader(i: number, patch: Record<string, unknown>, at: Date): void {
    const override = this.overrides.get(i) ?? { version: 1 };
    override.version += 1;
    override.header = { ...override.header, ...patch };
    override.status = { ...override.status, ManuallyModified: 'Yes', LastEditUser: 'hq-admin', SysModifiedDateTime: at.toISOString() };
    this.overrides.set(i, override);
  }

  /** Transactions HQ does not have yet (until added). */
  hide(...transactions: number[]): void {
    for (const i of transactions) this.hidden.add(i);
  }

  /** HQ receives transaction i now (uploaded late: its day, and its status's creation, are as they would have been): its status modified then. */
  add(i: number, at: Date): void {
    this.hidden.delete(i);
    this.overrides.set(i, { ...(this.overrides.get(i) ?? { version: 1 }), addedAt: at.toISOString() });
  }

  /** Whether HQ has transaction i (the server serves none of its rows until then). */
  has(i: number): boolean {
    return !this.hidden.has(i);
  }

  /** Row j of transaction i in the set, every property under its real name, with its etag. */
  row(set: string, i: number, j: number): Record<string, unknown> {
    const key = this.key(i);
    const override = this.overrides.get(i);
    const version = override?.version ?? 1;
    const recId = i * 8 + j + (set === 'RetailTransactions' ? 0 : set === 'RetailTransactionSalesLinesV2' ? 1 : set === 'RetailTransactionPaymentLinesV2' ? 5 : 6);
    const etag = etagOf(set === 'RetailTransactions' || set === 'RetailTransactionOrderStatusBIEntities' ? version : 1, recId);
    const transDate = this.day(i);
    switch (set) {
      case 'RetailTransactions':
        return {
          ...odataRow(retailTransactions, {
            ...key, type: 'Sales', entryStatus: 'Concluded', TransactionOrderType: 'SalesOrder', ChannelReferenceId: `WEB${String(i).padStart(7, '0')}`, receiptId: `R${i}`,
            custAccount: '004021', transDate, transTime: 36000 + (i % 3600), businessDate: transDate, staff: '000160', shift: '1', currency: 'USD',
            grossAmount: 108 * this.lines, netAmount: 100 * this.lines, paymentAmount: 108 * this.lines, discAmount: 0, numberOfItemLines: this.lines,
            numberOfPaymentLines: 1, DlvMode: '99', InventLocationId: key.store, CreatedOffline: false, comment: null,
          }, etag),
          ...override?.header,
        };
      case 'RetailTransactionSalesLinesV2':
        return {
          ...odataRow(retailTransactionSalesLinesV2, {
            ...key, lineNum: j + 1, itemId: '0001', variantId: null, barcode: null, qty: -1, unit: 'ea', price: 100, netPrice: 100, netAmount: 100,
            netAmountInclTax: 108, taxAmount: 8, taxGroup: 'HOU', TaxItemGroup: 'FULL', totalDiscAmount: 0, DlvMode: '99', InventLocationId: key.store,
            transactionStatus: 'Concluded', returnTransactionId: null, returnLineNum: 0,
          }, etag),
          TransactionDate: `${transDate}T12:00:00Z`,
        };
      case 'RetailTransactionPaymentLinesV2':
        return {
          ...odataRow(retailTransactionPaymentLinesV2, {
            ...key, lineNum: 1, tenderType: '3', cardTypeId: 'VISA', cardOrAccount: '************1111', amountTendered: 108 * this.lines, amountCur: 108 * this.lines,
            currency: 'USD', exchRate: 100, IsPaymentCaptured: true, isPrepayment: false, changeLine: false, giftCardId: null, transactionStatus: 'Concluded',
          }, etag),
          Store: key.store,
        };
      case 'RetailTransactionOrderStatusBIEntities': {
        const status = this.statusOf(i);
        return {
          ...odataRow(retailTransactionOrderStatusBiEntities, {
            ...key, Status: status, ErrorDetail: status === 'Failed' ? orderErrors.numberSequenceExceeded() : '', RetryCount: status === 'Failed' ? 1 : 0,
            SalesId: status === 'Succeeded' ? `SO-${String(i).padStart(6, '0')}` : '', LastEditUser: '', ManuallyModified: false, modifieddatetime: this.createdAt(i),
          }, etag),
          CreatedOn: this.createdAt(i), SysDataAreaId: key.dataAreaId, SourceKey: 5637144576 + recId,
          SysModifiedDateTime: override?.addedAt ?? this.createdAt(i),
          ...override?.status,
        };
      }
      default:
        throw new Error(`The test server serves no set ${set}`);
    }
  }
}
