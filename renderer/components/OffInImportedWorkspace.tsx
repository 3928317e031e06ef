import type { ReactElement } from 'react';
import { Tooltip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { HqCommand } from '../../shared/contracts/hq-commands';
import { allowedInImportedWorkspace } from '../../shared/contracts/imported-workspace';
import { useServices } from '../hq/hq-context';

/** Whether the command is off here: in an imported workspace, what would write to a real HQ is. */
export function useOffHere(type: HqCommand['type']): boolean {
  const { workspace } = useServices();
  return workspace.kind === 'import' && !allowedInImportedWorkspace(type);
}

/** Wraps a button that is off here, so it still says why when pointed at (a disabled button gets no events of its own). */
export function OffHereReason({ off, children }: { off: boolean; children: ReactElement }) {
  const { t } = useTranslation();
  if (!off) return children;
  return (
    <Tooltip title={t('imports.offHere')}>
      <span>{children}</span>
    </Tooltip>
  );
}
