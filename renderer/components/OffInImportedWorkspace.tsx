import type { ReactElement } from 'react';
import { Tooltip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { HqCommand } from '../../shared/contracts/hq-commands';
import { allowedInImportedWorkspace } from '../../shared/contracts/imported-workspace';
import { useServices } from '../hq/hq-context';
import { runsInImportedWorkspace, type JobId } from '../../shared/runner/jobs';

/** Whether the command is off here: in an imported workspace, what would write to a real HQ is. */
export function useOffHere(type: HqCommand['type']): boolean {
  const { workspace } = useServices();
  return workspace.kind === 'import' && !allowedInImportedWorkspace(type);
}

/** Whether a run of the job is off here: every job is in an imported workspace, but one that writes to no HQ (Refresh from HQ). */
export function useJobOffHere(jobId: JobId): boolean {
  return useOffHere('runJob') && !runsInImportedWorkspace(jobId);
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
