import { LINE_ENTITY_NAMES, fieldsOf, type EntityName, type TransactionBundle } from './transaction-entities';
import { valueProblem } from './field-rules';
import type { RecordProblem } from './record-problem';
import { lineOf } from './transaction-schemas';
import type { Currency, ReleasedProduct, TenderType } from '../master-data/master-data';

/**
 * What HQ knows that a transaction's data is checked against. A kind left null is not known here
 * (Check data in an imported workspace, whose export brought none of it): the rules that need it
 * are not applied, rather than finding every value unknown.
 */
export interface MasterData {
  items: ReadonlyMap<string, ReleasedProduct> | null;
  tenderTypes: ReadonlyMap<string, TenderType> | null;
  currencies: ReadonlyMap<string, Currency> | null;
}

/** Amounts are compared in cents: a cent either way is the register's rounding, not an error. */
const cents = (value: number) => Math.round(value * 100);
const money = (value: number) => value.toFixed(2);

/** Line tables whose SaleLineNum must name one of the transaction's sales lines (0 stands for the whole order where allowed). */
const LINE_REFERENCES: { entity: EntityName; field: string; wholeOrder: boolean }[] = [
  { entity: 'RetailTransactionTaxTrans', field: 'SaleLineNum', wholeOrder: false },
  { entity: 'RetailTransactionDiscountTrans', field: 'SaleLineNum', wholeOrder: false },
  { entity: 'RetailTransactionMarkupTrans', field: 'saleLineNum', wholeOrder: true },
  { entity: 'RetailTransactionTaxMeasure', field: 'SaleLineNum', wholeOrder: false },
  { entity: 'RetailTransactionTaxTransGTE', field: 'SaleLineNum', wholeOrder: false },
  { entity: 'RetailTransactionAddressTrans', field: 'SaleLineNum', wholeOrder: true },
];

type AnyRow = Record<string, unknown>;
const rowsOf = (bundle: TransactionBundle, entity: EntityName): AnyRow[] =>
  (entity === 'RetailTransactionTable' ? [bundle.RetailTransactionTable] : bundle[entity]) as unknown as AnyRow[];

/** Every field Synchronize orders needs, in every row, must hold a value of its kind. */
function missingValues(bundle: TransactionBundle): RecordProblem[] {
  return (['RetailTransactionTable', ...LINE_ENTITY_NAMES] as EntityName[]).flatMap((entity) =>
    rowsOf(bundle, entity).flatMap((row, i) =>
      Object.entries(fieldsOf(entity)).flatMap(([field, spec]) => {
        const reason = valueProblem(spec, row[field], true);
        return reason ? [{ entity, line: lineOf(entity, row, i), field, reason }] : [];
      })));
}

/**
 * The rules headquarters applies before a transaction becomes a sales order, beyond the values
 * themselves: there are lines, the payments pay what is due, items, tender types and currencies
 * exist, an order that ships has an address, and line references point at real lines.
 */
export function orderDataProblems(bundle: TransactionBundle, master: MasterData): RecordProblem[] {
  const problems = missingValues(bundle);
  const header = bundle.RetailTransactionTable;
  const lines = bundle.RetailTransactionSalesTrans;
  if (lines.length === 0) problems.push({ entity: 'RetailTransactionSalesTrans', line: null, field: null, reason: 'the transaction has no lines' });

  const seen = new Set<number>();
  for (const line of lines) {
    if (line.lineNum !== null && seen.has(line.lineNum)) {
      problems.push({ entity: 'RetailTransactionSalesTrans', line: `line ${line.lineNum}`, field: 'lineNum', reason: 'appears on more than one line' });
    }
    if (line.lineNum !== null) seen.add(line.lineNum);
    if (line.itemId && master.items && !master.items.has(line.itemId)) {
      problems.push({ entity: 'RetailTransactionSalesTrans', line: `line ${line.lineNum}`, field: 'itemId', reason: `'${line.itemId}' is not a product HQ knows` });
    }
  }
  if (header.currency && master.currencies && !master.currencies.has(header.currency)) {
    problems.push({ entity: 'RetailTransactionTable', line: null, field: 'currency', reason: `'${header.currency}' is not a currency HQ knows` });
  }
  problems.push(...paymentProblems(bundle, master), ...deliveryProblems(bundle));
  const lineNumbers = new Set(lines.map((l) => l.lineNum));
  for (const { entity, field, wholeOrder } of LINE_REFERENCES) {
    rowsOf(bundle, entity).forEach((row, i) => {
      const target = row[field];
      if (typeof target !== 'number' || lineNumbers.has(target) || (wholeOrder && target === 0)) return;
      problems.push({ entity, line: lineOf(entity, row, i), field, reason: `points at sales line ${target}, which the transaction does not have` });
    });
  }
  return problems;
}

/**
 * Payments must pay what is due, in the transaction's currency: a payment in another currency
 * counts with its amount tendered (what it was worth in the transaction's currency).
 */
function paymentProblems(bundle: TransactionBundle, master: MasterData): RecordProblem[] {
  const header = bundle.RetailTransactionTable;
  const problems: RecordProblem[] = [];
  let paid = 0;
  for (const payment of bundle.RetailTransactionPaymentTrans) {
    const line = `line ${payment.lineNum}`;
    if (payment.tenderType && master.tenderTypes && !master.tenderTypes.has(payment.tenderType)) {
      problems.push({ entity: 'RetailTransactionPaymentTrans', line, field: 'tenderType', reason: `'${payment.tenderType}' is not a tender type HQ knows` });
    }
    if (payment.currency && master.currencies && !master.currencies.has(payment.currency)) {
      problems.push({ entity: 'RetailTransactionPaymentTrans', line, field: 'currency', reason: `'${payment.currency}' is not a currency HQ knows` });
    }
    const foreign = payment.currency !== null && header.currency !== null && payment.currency !== header.currency;
    const amount = foreign ? payment.amountTendered : payment.amountCur;
    if (foreign && amount === null) {
      problems.push({ entity: 'RetailTransactionPaymentTrans', line, field: 'amountTendered', reason: `is missing, and the payment is in ${payment.currency}, not ${header.currency}` });
    }
    paid += amount ?? 0;
  }
  if (header.grossAmount !== null && Math.abs(cents(paid) - cents(header.grossAmount)) > 1) {
    problems.push({
      entity: 'RetailTransactionPaymentTrans', line: null, field: null,
      reason: `the payments add up to ${money(paid)} ${header.currency ?? ''}, but the amount due is ${money(header.grossAmount)}`.trimEnd(),
    });
  }
  return problems;
}

/** An order that ships needs a delivery address: for the whole order, or for each line that ships. */
function deliveryProblems(bundle: TransactionBundle): RecordProblem[] {
  const header = bundle.RetailTransactionTable;
  const addressed = new Set(bundle.RetailTransactionAddressTrans.map((a) => a.SaleLineNum));
  if (addressed.has(0)) return [];
  const shipping = bundle.RetailTransactionSalesTrans.filter((l) => l.DlvMode ?? header.DlvMode);
  const unaddressed = shipping.filter((l) => !addressed.has(l.lineNum));
  if (unaddressed.length === 0) return [];
  if (header.DlvMode && addressed.size === 0) {
    return [{ entity: 'RetailTransactionAddressTrans', line: null, field: null, reason: `the order ships (mode of delivery ${header.DlvMode}) but has no delivery address` }];
  }
  return unaddressed.map((l) => ({
    entity: 'RetailTransactionAddressTrans' as const, line: null, field: null,
    reason: `sales line ${l.lineNum} ships (mode of delivery ${l.DlvMode ?? header.DlvMode}) but has no delivery address`,
  }));
}
