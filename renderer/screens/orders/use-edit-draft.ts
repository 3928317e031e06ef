import { useCallback, useState } from 'react';
import type { FieldErrors } from '../../../shared/platform/validation-error';
import { withChange, type Draft, type DraftChange } from './edit-draft';

/** What every tab of one transaction shares while a person edits it. */
export interface EditSession {
  /** Pending order status is Editing: the cells may be edited. */
  editing: boolean;
  draft: Draft;
  /** Values refused as they were typed, by changeId; they never enter the draft. */
  refusals: Readonly<Record<string, string>>;
  /** What the engine refused on the last Save, by changeId. */
  serverErrors: FieldErrors;
  /** Bumped by Discard changes, to remount the grids and drop any cell still being edited. */
  generation: number;
  put(change: DraftChange): void;
  refuse(id: string, message: string | null): void;
}

/** The draft of typed values and the values refused inline, for one transaction. */
export function useEditDraft() {
  const [draft, setDraft] = useState<Draft>({});
  const [refusals, setRefusals] = useState<Readonly<Record<string, string>>>({});
  const [generation, setGeneration] = useState(0);
  const put = useCallback((change: DraftChange) => setDraft((d) => withChange(d, change)), []);
  const refuse = useCallback((id: string, message: string | null) => setRefusals((current) => {
    if ((current[id] ?? null) === message) return current;
    const { [id]: _old, ...rest } = current;
    return message === null ? rest : { ...rest, [id]: message };
  }), []);
  const discard = useCallback(() => {
    setDraft({});
    setRefusals({});
    setGeneration((g) => g + 1);
  }, []);
  /** After a save: what was typed is now what is stored. */
  const saved = useCallback(() => setDraft({}), []);
  const clearRefusals = useCallback(() => setRefusals({}), []);
  return { draft, refusals, generation, put, refuse, discard, saved, clearRefusals };
}
