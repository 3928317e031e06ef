import { useMemo } from 'react';
import { useTheme } from '@mui/material';
import type { GridLocaleText } from '@mui/x-data-grid';
import type {} from '@mui/x-data-grid/themeAugmentation';

/**
 * The Data Grid's texts in the UI's language with this grid's own "no rows" text. A localeText
 * prop replaces the theme's whole set (MUI merges default props one level deep), so the theme's
 * language texts are spread in under it.
 */
export function useGridLocaleText(noRowsLabel: string): Partial<GridLocaleText> {
  const themed = useTheme().components?.MuiDataGrid?.defaultProps?.localeText;
  return useMemo(() => ({ ...themed, noRowsLabel }), [themed, noRowsLabel]);
}
