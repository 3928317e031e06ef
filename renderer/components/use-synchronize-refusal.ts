import { useTranslation } from 'react-i18next';
import { unsavedAmong, useUnsavedEntries } from '../app/unsaved-changes';

/**
 * Why a Synchronize may not act now: a record it would take has values typed and not saved, and
 * it would synchronize the stored ones (the old postal code, the old quantity) and fail again.
 * `of` is for an action on given rows; `ofAll` for one on every row that matches (Synchronize all).
 */
export function useSynchronizeRefusal(): { of: (ids: readonly string[]) => string | null; ofAll: string | null } {
  const { t } = useTranslation();
  const entries = useUnsavedEntries();
  const say = (label: string) => t('unsaved.synchronizeRefused', { record: label });
  const first = entries[0];
  return {
    of: (ids) => {
      const entry = unsavedAmong(ids, entries);
      return entry ? say(entry.label) : null;
    },
    ofAll: first ? say(first.label) : null,
  };
}
