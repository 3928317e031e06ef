import { SYNCHRONIZED_KINDS, type RetailTransactionOrderStatus } from '../../../shared/orders/order-status';
import { keyOf, type LineEntityName } from '../../../shared/orders/transaction-entities';
import { useUserName } from '../../components/use-user-name';
import { useCommand } from '../../components/use-command';
import type { Draft } from './edit-draft';


/**
 * What a person can do to one transaction: Edit, Save, Finish editing and Synchronize order, each
 * one command to the HQ worker, and when each is allowed.
 */
export function useEditActions(status: RetailTransactionOrderStatus, draft: Draft, refused: boolean) {
  const user = useUserName();
  const editing = useCommand<'setOrderEditing'>();
  const save = useCommand<'saveTransactionEdits'>();
  const synchronize = useCommand<'synchronizeOrders'>();
  const lines = useCommand<'addTransactionLine' | 'removeTransactionLine'>();
  const key = keyOf(status);
  const isOrder = SYNCHRONIZED_KINDS.includes(status.orderKind);
  const isEditing = status.Status === 'Editing';
  const pending = Object.values(draft);
  const busy = editing.busy || save.busy || synchronize.busy || lines.busy;
  return {
    editing, save, synchronize, lines, isEditing, pending, busy,
    // A line is added or removed at once (audited), beside any values still being typed.
    canChangeLines: isEditing && !busy,
    addLine: (entity: LineEntityName) => void lines.run({ type: 'addTransactionLine', key, entity, user }),
    removeLine: (entity: LineEntityName, lineId: number) => void lines.run({ type: 'removeTransactionLine', key, entity, lineId, user }),
    // A sales order cannot be unmade, so only a transaction that has none yet is edited.
    canEdit: isOrder && (status.Status === 'Failed' || status.Status === 'None') && !busy,
    canSave: isEditing && pending.length > 0 && !refused && !busy,
    canDiscard: pending.length > 0 || refused,
    // Unsaved values would be lost silently once the jobs may take the transaction again.
    canFinish: isEditing && pending.length === 0 && !refused && !busy,
    canSynchronize: isOrder && (status.Status === 'Failed' || status.Status === 'None') && !busy,
    // Each step clears the outcome of the one before, so the messages shown are about this edit.
    startEditing: () => {
      save.reset();
      synchronize.reset();
      void editing.run({ type: 'setOrderEditing', key, editing: true, user });
    },
    finishEditing: () => {
      save.reset();
      void editing.run({ type: 'setOrderEditing', key, editing: false });
    },
    saveChanges: () => save.run({
      type: 'saveTransactionEdits', key, user,
      changes: pending.map(({ entity, lineId, field, value }) => ({ entity, lineId, field, value })),
    }),
    synchronizeOrder: () => void synchronize.run({ type: 'synchronizeOrders', keys: [key] }),
  };
}

export type EditActions = ReturnType<typeof useEditActions>;
