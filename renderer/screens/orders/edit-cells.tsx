import { Box, Tooltip, alpha, type SxProps, type Theme } from '@mui/material';
import { GridEditInputCell, type GridEditCellProps, type GridPreProcessEditCellProps, type GridRenderEditCellParams } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import type { FieldSpec } from '../../../shared/orders/transaction-entities';
import { typedValueProblem } from './edit-draft';
import { fieldValueText } from './field-display';

/** A value processRowUpdate refused (the second check, after the one made while typing). */
export class RefusedValue extends Error {
  constructor(readonly changeId: string, message: string) {
    super(message);
  }
}

/**
 * Checks each typed value as the engine will, while it is typed. A refused value keeps the cell
 * in edit mode (the grid will not commit a cell whose props carry an error), so it never enters
 * the draft; `refuse` reports the reason so it can be read under the grid.
 */
export function validateWhileTyping(
  target: (params: GridPreProcessEditCellProps) => { spec: FieldSpec; changeId: string } | null,
  refuse: (changeId: string, message: string | null) => void,
) {
  return (params: GridPreProcessEditCellProps): GridEditCellProps => {
    const found = target(params);
    if (!found) return params.props;
    const value: unknown = params.props.value;
    const problem = typedValueProblem(found.spec, value === null || value === undefined ? '' : String(value));
    refuse(found.changeId, problem);
    return { ...params.props, error: problem ?? false };
  };
}

/**
 * The text editor of a cell, named for assistive technology, with its refusal beside it. No
 * debounce: the check must have run before Enter tries to commit, or a quick typist's Enter
 * would be refused as "still processing".
 */
export function RefusableEditCell({ label, ...params }: GridRenderEditCellParams & { label: string }) {
  const message = typeof params.error === 'string' && params.error !== '' ? params.error : null;
  return (
    <Tooltip open={message !== null} title={message ?? ''} placement="bottom-start" arrow>
      <GridEditInputCell {...params} error={message !== null} debounceMs={0}
        slotProps={{ root: { slotProps: { htmlInput: { 'aria-label': label, 'aria-invalid': message !== null } } } }} />
    </Tooltip>
  );
}

/** A cell's value in the user's language and locale; an edited one says what is stored under it, so old and new are both in view. */
export function ShownValue({ spec, value, oldValue, edited }: { spec: FieldSpec; value: string; oldValue: string; edited: boolean }) {
  const { t } = useTranslation();
  return (
    <Box component="span" title={edited ? t('editAudit.oldValueTitle', { value: fieldValueText(t, spec, oldValue) || t('editAudit.emptyValue') }) : undefined}>
      {fieldValueText(t, spec, value)}
    </Box>
  );
}

/** The options of a fixed-value field for the grid's select editor, each value as stored, labeled in words ('' reads as "(empty)"). */
export function selectOptions(choices: readonly string[], emptyLabel: string, label: (choice: string) => string): { value: string; label: string }[] {
  return choices.map((c) => ({ value: c, label: c === '' ? emptyLabel : label(c) }));
}

export const cellClasses = { edited: 'cell--edited', refused: 'cell--refused', locked: 'cell--locked' } as const;

/** How the edit grids mark cells: pending changes tinted, refused ones outlined, fields that cannot change dimmed. */
export const editGridSx: SxProps<Theme> = {
  [`& .${cellClasses.edited}`]: { bgcolor: (theme: Theme) => alpha(theme.palette.warning.main, 0.18), fontWeight: 500 },
  [`& .${cellClasses.refused}`]: { boxShadow: (theme: Theme) => `inset 0 0 0 2px ${theme.palette.error.main}` },
  [`& .${cellClasses.locked}`]: { color: 'text.secondary' },
};
