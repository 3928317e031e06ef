import { useMemo } from 'react';
import { Box } from '@mui/material';
import { DataGrid, GridCellEditStopReasons, GridEditSingleSelectCell, type GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { TRANSACTION_ENTITIES, fieldsOf, type FieldSpec } from '../../../shared/orders/transaction-entities';
import { changeId } from '../../../shared/orders/transaction-edits';
import { choicesOf, isEditableField, shownText, storedText, typedValueProblem } from './edit-draft';
import { cellClasses, editGridSx, RefusableEditCell, RefusedValue, selectOptions, ShownValue, validateWhileTyping } from './edit-cells';
import type { StoredRow } from './stored-transaction';
import { choiceLabel, fieldValueText } from './field-display';
import type { EditSession } from './use-edit-draft';
import { term } from '../../i18n/terms';

const ENTITY = 'RetailTransactionTable';

interface PropertyRow {
  /** The field's name in RetailTransactionTable. */
  id: string;
  spec: FieldSpec;
  label: string;
  oldValue: string;
  newValue: string;
}

const idOf = (field: string) => changeId({ entity: ENTITY, lineId: null, field });

/**
 * The Transaction tab: the header is one row with many fields, so it reads as a property grid,
 * a row per field with its stored (old) value beside the new one being typed.
 */
export function HeaderPropertyGrid({ header, session }: { header: StoredRow; session: EditSession }) {
  const { t } = useTranslation();
  const { draft, serverErrors, editing, put, refuse } = session;
  const rows: PropertyRow[] = Object.entries(fieldsOf(ENTITY)).map(([field, spec]) => ({
    id: field, spec, label: term(t, spec.label), oldValue: storedText(header, field), newValue: shownText(draft, ENTITY, null, field, header),
  }));

  const columns = useMemo((): GridColDef<PropertyRow>[] => [
    { field: 'label', headerName: t('editAudit.field'), width: 240, sortable: false },
    { field: 'oldValue', headerName: t('editAudit.storedValue'), flex: 1, minWidth: 180, sortable: false, valueFormatter: (value: string, row) => fieldValueText(t, row.spec, value) },
    {
      field: 'newValue',
      headerName: t('editAudit.newValue'),
      flex: 1,
      minWidth: 220,
      sortable: false,
      editable: true,
      // A select for the fields with fixed values, text for the rest: the column is a select
      // column so that the grid's select editor has its options, per row.
      type: 'singleSelect',
      valueOptions: ({ row }) => (row ? selectOptions(choicesOf(row.spec) ?? [], t('editAudit.emptyValue'), (choice) => choiceLabel(t, row.spec, choice)) : []),
      preProcessEditCellProps: validateWhileTyping((p) => ({ spec: (p.row as PropertyRow).spec, changeId: idOf(String(p.id)) }), refuse),
      renderEditCell: (params) => (choicesOf(params.row.spec)
        ? <GridEditSingleSelectCell {...params} />
        : <RefusableEditCell {...params} label={t('editAudit.newValue') + ': ' + params.row.label} />),
      renderCell: ({ row }) => <ShownValue spec={row.spec} value={row.newValue} oldValue={row.oldValue} edited={idOf(row.id) in draft} />,
      cellClassName: ({ row }) => {
        if (serverErrors[idOf(row.id)]) return cellClasses.refused;
        if (idOf(row.id) in draft) return cellClasses.edited;
        return isEditableField(row.spec) ? '' : cellClasses.locked;
      },
    },
  ], [draft, serverErrors, refuse, t]);

  const processRowUpdate = (next: PropertyRow, previous: PropertyRow): PropertyRow => {
    if (next.newValue === previous.newValue) return next;
    const problem = typedValueProblem(next.spec, next.newValue);
    if (problem) throw new RefusedValue(idOf(next.id), problem);
    refuse(idOf(next.id), null);
    put({ entity: ENTITY, lineId: null, field: next.id, value: next.newValue, line: null, oldValue: next.oldValue });
    return next;
  };

  return (
    <Box sx={{ height: 440 }}>
      <DataGrid
        rows={rows}
        columns={columns}
        density="compact"
        hideFooter
        disableColumnMenu
        disableRowSelectionOnClick
        isCellEditable={({ row, field }) => editing && field === 'newValue' && isEditableField(row.spec)}
        processRowUpdate={processRowUpdate}
        onProcessRowUpdateError={(error: unknown) => error instanceof RefusedValue && refuse(error.changeId, error.message)}
        onCellEditStop={({ id, reason }) => {
          if (reason === GridCellEditStopReasons.escapeKeyDown) refuse(idOf(String(id)), null);
        }}
        aria-label={term(t, TRANSACTION_ENTITIES[ENTITY].label)}
        sx={editGridSx}
      />
    </Box>
  );
}
