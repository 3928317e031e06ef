import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { TRANSACTION_ENTITIES, type EntityName } from '../../../shared/domain/transaction-entities';
import { dataErrorOf, familyOfCause } from '../../../shared/engine/order-errors';

/** A root cause in words: its family's name, or for a kind of data error the table and field it names (HQ's labels). */
export function useCauseLabel(): (cause: string) => string {
  const { t } = useTranslation();
  return useCallback((cause: string) => {
    const data = dataErrorOf(cause);
    if (!data) return t(`workspace.causes.${familyOfCause(cause)}`);
    const table = TRANSACTION_ENTITIES[data.entity as EntityName] as { label: string; fields: Record<string, { label: string } | undefined> } | undefined;
    const field = data.field === null ? undefined : (table?.fields[data.field]?.label ?? data.field);
    return t(field ? 'workspace.causes.dataField' : 'workspace.causes.dataTable', { table: table?.label ?? data.entity, field });
  }, [t]);
}
