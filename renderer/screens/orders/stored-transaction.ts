import { useLiveQuery } from 'dexie-react-hooks';
import { LINE_ENTITY_NAMES, keyText, type LineEntityName, type TransactionKey } from '../../../shared/orders/transaction-entities';
import { loadStoredRows } from '../../../shared/orders/retail-transaction-store';
import { useServices } from '../../hq/hq-context';

/** A row as stored. Edit and audit shows what is there, even what HQ cannot accept, so nothing is assumed of its fields. */
export type StoredRow = Readonly<Record<string, unknown>>;
export type StoredLine = StoredRow & { readonly id: number };

export interface StoredTransaction {
  header: StoredRow;
  lines: Record<LineEntityName, StoredLine[]>;
}

const isRow = (value: unknown): value is StoredRow => typeof value === 'object' && value !== null && !Array.isArray(value);
const isLine = (value: unknown): value is StoredLine => isRow(value) && typeof value.id === 'number';

/** The transaction's rows in all eleven tables, kept live: a save or a synchronization shows up as it lands. null when HQ has no such transaction. */
export function useStoredTransaction(key: TransactionKey): StoredTransaction | null | undefined {
  const { db } = useServices();
  const text = keyText(key);
  return useLiveQuery(async () => {
    const rows = await loadStoredRows(db, key);
    if (!rows || !isRow(rows.header)) return null;
    const lines = Object.fromEntries(LINE_ENTITY_NAMES.map((e) => [e, rows.lines[e].filter(isLine)])) as Record<LineEntityName, StoredLine[]>;
    return { header: rows.header, lines };
  }, [db, text]); // the key's text stands for the key: a new object for the same transaction must not re-query
}
