import { useLiveQuery } from 'dexie-react-hooks';
import { queryTransactionsPage, type TransactionFilter, type TransactionsPage } from '../../../shared/queries/transactions-page';
import { useServices } from '../../hq/hq-context';

/** The page on screen, kept live: the worker's writes (a job run, a Synchronize order, an edit) show up as they land. */
export function useTransactionsPage(filter: TransactionFilter, page: number, pageSize: number): TransactionsPage | undefined {
  const { db } = useServices();
  return useLiveQuery(() => queryTransactionsPage(db, filter, page, pageSize), [db, filter, page, pageSize]);
}
