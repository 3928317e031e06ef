import { useCallback } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { TRANSACTION_ENTITIES, type EntityName } from '../../../shared/orders/transaction-entities';
import { dataErrorOf, familyOfCause } from '../../../shared/orders/order-errors';
import { term } from '../../i18n/terms';

/** A root cause in words: its family's name, or for a kind of data error the table and field it names (HQ's labels, in the UI's language). */
export function causeLabel(t: TFunction, cause: string): string {
  const data = dataErrorOf(cause);
  if (!data) return t(`workspace.causes.${familyOfCause(cause)}`);
  const table = TRANSACTION_ENTITIES[data.entity as EntityName] as { label: string; fields: Record<string, { label: string } | undefined> } | undefined;
  const fieldLabel = data.field === null ? undefined : table?.fields[data.field]?.label;
  // A table or field HQ's model does not know (an older or imported cause) is named as stored.
  const field = data.field === null ? undefined : fieldLabel ? term(t, fieldLabel) : data.field;
  return t(field ? 'workspace.causes.dataField' : 'workspace.causes.dataTable', { table: table ? term(t, table.label) : data.entity, field });
}

export function useCauseLabel(): (cause: string) => string {
  const { t } = useTranslation();
  return useCallback((cause: string) => causeLabel(t, cause), [t]);
}
