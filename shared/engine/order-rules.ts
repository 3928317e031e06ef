import type { Currency, ReleasedProduct, TenderType } from '../domain/configuration';
import { LINE_ENTITY_NAMES, fieldsOf, type EntityName, type TransactionBundle } from '../domain/transaction-entities';
import { valueProblem } from '../validation/field-rules';
import type { RecordProblem } from '../validation/record-problem';
import { lineOf } from '../validation/transaction-schemas';

/** What HQ knows that a transaction's data is checked against. */
export interface MasterData {
  items: ReadonlyMap<string, ReleasedProduct>;
  tenderTypes: ReadonlyMap<string, TenderType>;
  currencies: ReadonlyMap<string, Currency>;
}

/** Amounts are compared within rounding: a cent either way is the register's rounding, not an error. */
const ROUNDING = 0.01;
const money = (value: number) => value.toFixed(2);

/** Line tables whose SaleLineNum must name one of the transaction's sales lines (0 stands for the whole order where allowed). */
const LINE_REFERENCES: { entity: EntityName; field: string; wholeOrder: boolean }[] = [
  { entity: 'RetailTransactionTaxTrans', field: 'SaleLineNum', wholeOrder: false },
  { entity: 'RetailTransactionDiscountTrans', field: 'SaleLineNum', wholeOrder: false },
  { entity: 'RetailTransactionMarkupTrans', field: 'saleLineNum', wholeOrder: true },
  { entity: 'RetailTransactionTaxMeasure', field: 'SaleLineNum', wholeOrder: false },
  { entity: 'RetailTransactionTaxTransGTE', field: 'SaleLineNum', wholeOrder: false },
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
    if (seen.has(line.lineNum)) problems.push({ entity: 'RetailTransactionSalesTrans', line: line.lineNum, field: 'lineNum', reason: 'appears on more than one line' });
    seen.add(line.lineNum);
    if (line.itemId && !master.items.has(line.itemId)) {
      problems.push({ entity: 'RetailTransactionSalesTrans', line: line.lineNum, field: 'itemId', reason: `'${line.itemId}' is not a product HQ knows` });
    }
  }
  if (header.currency && !master.currencies.has(header.currency)) {
    problems.push({ entity: 'RetailTransactionTable', line: null, field: 'currency', reason: `'${header.currency}' is not a currency HQ knows` });
  }
  for (const payment of bundle.RetailTransactionPaymentTrans) {
    if (payment.tenderType && !master.tenderTypes.has(payment.tenderType)) {
      problems.push({ entity: 'RetailTransactionPaymentTrans', line: payment.lineNum, field: 'tenderType', reason: `'${payment.tenderType}' is not a tender type HQ knows` });
    }
    if (payment.currency && !master.currencies.has(payment.currency)) {
      problems.push({ entity: 'RetailTransactionPaymentTrans', line: payment.lineNum, field: 'currency', reason: `'${payment.currency}' is not a currency HQ knows` });
    }
  }
  const paid = bundle.RetailTransactionPaymentTrans.reduce((sum, p) => sum + (p.amountCur ?? 0), 0);
  if (header.grossAmount !== null && Math.abs(paid - header.grossAmount) > ROUNDING) {
    problems.push({
      entity: 'RetailTransactionPaymentTrans', line: null, field: null,
      reason: `the payments add up to ${money(paid)} ${header.currency ?? ''}, but the amount due is ${money(header.grossAmount)}`.trimEnd(),
    });
  }
  if (header.DlvMode && !bundle.RetailTransactionAddressTrans.some((a) => a.SaleLineNum === 0)) {
    problems.push({ entity: 'RetailTransactionAddressTrans', line: null, field: null, reason: `the order ships (mode of delivery ${header.DlvMode}) but has no delivery address` });
  }
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
