import { useMemo } from 'react';
import { Button } from '@mui/material';
import { DataGrid, GridCellEditStopReasons, type GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { TRANSACTION_ENTITIES, fieldsOf, type FieldSpec, type LineEntityName } from '../../../shared/orders/transaction-entities';
import { changeId } from '../../../shared/orders/transaction-edits';
import {
  TRANSACTION_KEY_FIELDS, choicesOf, isEditableField, isNumeric, lineNumberOf, shownText, storedText, typedValueProblem,
} from './edit-draft';
import { cellClasses, editGridSx, RefusableEditCell, RefusedValue, selectOptions, ShownValue, validateWhileTyping } from './edit-cells';
import type { StoredLine } from './stored-transaction';
import { choiceLabel } from './field-display';
import type { EditSession } from './use-edit-draft';
import { useGridLocaleText } from '../../components/use-grid-locale-text';
import { term } from '../../i18n/terms';
import { otherFieldsOf, otherFieldText } from './OtherFieldsTable';

interface LineGridRow {
  id: number;
  values: Record<string, string>;
}

const widthOf = (spec: FieldSpec) => Math.min(240, Math.max(spec.kind === 'text' ? 130 : 100, spec.label.length * 8 + 36));

/**
 * One line table of the transaction (Sales transactions, Payment transactions…): a row per line,
 * a column per field, keyed by the line's own id so a line with a wrong line number can still be
 * corrected. Cells are editable while Pending order status is Editing.
 */
export function LineTableGrid({ entity, lines, session, onRemove }: {
  entity: LineEntityName; lines: StoredLine[]; session: EditSession;
  /** Removes a line (while editing); null when lines cannot be removed now. */
  onRemove: ((lineId: number) => void) | null;
}) {
  const { t } = useTranslation();
  const localeText = useGridLocaleText(t('editAudit.noLines', { table: term(t, TRANSACTION_ENTITIES[entity].label) }));
  const { draft, serverErrors, editing, put, refuse } = session;
  const fields = useMemo(() => Object.entries(fieldsOf(entity)).filter(([f]) => !TRANSACTION_KEY_FIELDS.includes(f)), [entity]);
  const byId = useMemo(() => new Map(lines.map((l) => [l.id, l])), [lines]);
  const rows: LineGridRow[] = lines.map((line) => ({
    id: line.id,
    values: Object.fromEntries(fields.map(([field]) => [field, shownText(draft, entity, line.id, field, line)])),
  }));

  const columns = useMemo((): GridColDef<LineGridRow>[] => fields.map(([field, spec]) => {
    const choices = choicesOf(spec);
    const idOf = (lineId: number) => changeId({ entity, lineId, field });
    const lineLabel = (lineId: number) => lineNumberOf(entity, byId.get(lineId) ?? {}) ?? lineId;
    return {
      field,
      headerName: term(t, spec.label),
      width: widthOf(spec),
      editable: isEditableField(spec),
      align: isNumeric(spec) ? 'right' : 'left',
      headerAlign: isNumeric(spec) ? 'right' : 'left',
      sortable: false,
      ...(choices ? { type: 'singleSelect' as const, valueOptions: selectOptions(choices, t('editAudit.emptyValue'), (choice) => choiceLabel(t, spec, choice)) } : {}),
      valueGetter: (_value, row) => row.values[field] ?? '',
      valueSetter: (value: unknown, row) => ({ ...row, values: { ...row.values, [field]: value === null || value === undefined ? '' : String(value) } }),
      preProcessEditCellProps: validateWhileTyping((p) => ({ spec, changeId: idOf(Number(p.id)) }), refuse),
      ...(choices ? {} : {
        renderEditCell: (params) => (
          <RefusableEditCell {...params} label={t('editAudit.editValue', { field: term(t, spec.label), line: lineLabel(Number(params.id)) })} />
        ),
      }),
      renderCell: ({ row }) => {
        const line = byId.get(row.id);
        return <ShownValue spec={spec} value={row.values[field] ?? ''} oldValue={line ? storedText(line, field) : ''} edited={idOf(row.id) in draft} />;
      },
      cellClassName: ({ row }) => {
        const id = idOf(row.id);
        if (serverErrors[id]) return cellClasses.refused;
        if (id in draft) return cellClasses.edited;
        return isEditableField(spec) ? '' : cellClasses.locked;
      },
    } satisfies GridColDef<LineGridRow>;
  }), [fields, entity, byId, draft, serverErrors, refuse, t]);

  // The export's columns no field holds, kept on the lines: read-only columns after the fields, as the file had them.
  const otherNames = useMemo(() => [...new Set(lines.flatMap((line) => otherFieldsOf(line).map(([name]) => name)))], [lines]);
  const otherColumns: GridColDef<LineGridRow>[] = otherNames.map((name) => ({
    field: `other:${name}`, headerName: name, description: t('transactions.otherFieldColumn'), width: Math.min(240, name.length * 8 + 36), sortable: false, editable: false,
    valueGetter: (_value, row) => {
      const value = otherFieldsOf(byId.get(row.id) ?? {}).find(([n]) => n === name)?.[1];
      return value === undefined ? '' : otherFieldText(value);
    },
    cellClassName: () => cellClasses.locked,
  }));

  // A line with values still being typed keeps them: save or discard them before removing it.
  const removeColumn: GridColDef<LineGridRow> = {
    field: '__remove', headerName: '', width: 110, sortable: false, filterable: false,
    renderCell: ({ row }) => {
      const typing = Object.keys(draft).some((id) => id.startsWith(`${entity}:${row.id}:`));
      const label = t('editAudit.removeLineLabel', { line: lineNumberOf(entity, byId.get(row.id) ?? {}) ?? row.id });
      return <Button size="small" color="warning" disabled={typing} aria-label={label} title={label} onClick={() => onRemove?.(row.id)}>{t('editAudit.removeLine')}</Button>;
    },
  };

  // The second check: whatever reaches the draft is a value Save will accept.
  const processRowUpdate = (next: LineGridRow, previous: LineGridRow): LineGridRow => {
    const line = byId.get(next.id);
    if (!line) return previous;
    for (const [field, spec] of fields) {
      const value = next.values[field] ?? '';
      if (value === previous.values[field] || !isEditableField(spec)) continue;
      const id = changeId({ entity, lineId: next.id, field });
      const problem = typedValueProblem(spec, value);
      if (problem) throw new RefusedValue(id, problem);
      refuse(id, null);
      put({ entity, lineId: next.id, field, value, line: lineNumberOf(entity, line), oldValue: storedText(line, field) });
    }
    return next;
  };

  return (
    <DataGrid
      rows={rows}
      columns={[...(editing && onRemove ? [removeColumn] : []), ...columns, ...otherColumns]}
      density="compact"
      autoHeight
      hideFooter
      disableVirtualization
      disableColumnMenu
      disableRowSelectionOnClick
      isCellEditable={({ colDef }) => editing && colDef.editable === true}
      processRowUpdate={processRowUpdate}
      onProcessRowUpdateError={(error: unknown) => error instanceof RefusedValue && refuse(error.changeId, error.message)}
      onCellEditStop={({ id, field, reason }) => {
        // Escape puts the shown value back: nothing is refused any more.
        if (reason === GridCellEditStopReasons.escapeKeyDown) refuse(changeId({ entity, lineId: Number(id), field }), null);
      }}
      localeText={localeText}
      aria-label={term(t, TRANSACTION_ENTITIES[entity].label)}
      sx={editGridSx}
    />
  );
}
