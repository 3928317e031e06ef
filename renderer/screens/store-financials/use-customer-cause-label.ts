import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoreField } from '../../../shared/customers/customers';
import { CORE_FIELD_LABELS } from '../../../shared/customers/customer-rules';
import { fieldOfCause } from '../../../shared/customers/customer-errors';

const ATTRIBUTE = 'attribute:';

/** A customer operation's root cause in words: its kind, or the field HQ refused (an attribute by its name). */
export function useCustomerCauseLabel(): (cause: string) => string {
  const { t } = useTranslation();
  return useCallback((cause: string) => {
    const field = fieldOfCause(cause);
    if (field === null) return t(`workspace.customerCauses.${cause}`, { defaultValue: t('workspace.customerCauses.customerData') });
    const label = field.startsWith(ATTRIBUTE) ? field.slice(ATTRIBUTE.length) : (CORE_FIELD_LABELS[field as CoreField] ?? field);
    return t('workspace.customerCauses.field', { field: label });
  }, [t]);
}
