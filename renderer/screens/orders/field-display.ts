import type { TFunction } from 'i18next';
import type { EntityName, FieldSpec } from '../../../shared/orders/transaction-entities';
import { parseTypedValue } from '../../../shared/orders/field-rules';
import { formatTransDateTime } from '../../components/format';
import { formatDecimal } from '../../components/locale-format';
import { specOf } from './edit-draft';

/** An enum's value (as HQ's tables store it: CustomerOrder, Concluded) or Yes/No in the user's language. */
export function choiceLabel(t: TFunction, spec: FieldSpec, value: string): string {
  if (spec.kind === 'boolean') return value === 'Yes' ? t('common.yes') : value === 'No' ? t('common.no') : value;
  return spec.kind === 'enum' ? t(`enumValues.${value}`, { defaultValue: value }) : value;
}

/**
 * A stored value of HQ's tables as the Edit and audit grids show it, in the user's language and
 * locale: a number as the list writes it (366,35 in Norwegian), a date likewise, an enum's value
 * and Yes/No in words. The cell's editor starts from the stored text itself, which Save reads
 * back (with a comma or a point); a value that is not what its field holds (bad channel data)
 * is shown as it is, for the auditor to see what is wrong.
 */
export function fieldValueText(t: TFunction, spec: FieldSpec, text: string): string {
  if (text === '') return text;
  switch (spec.kind) {
    case 'number':
    case 'integer': {
      const value = parseTypedValue(spec, text);
      return typeof value === 'number' ? formatDecimal(value) : text;
    }
    case 'date':
      return formatTransDateTime(text, null);
    default:
      return choiceLabel(t, spec, text);
  }
}

/** A value of a table's field as typed or audited (text), shown as the grids show it; a field no spec names (a whole line) as it is. */
export function storedValueText(t: TFunction, entity: EntityName, field: string, text: string): string {
  const spec = specOf(entity, field);
  return spec ? fieldValueText(t, spec, text) : text;
}
