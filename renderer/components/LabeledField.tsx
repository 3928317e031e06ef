import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';

/** A read-only value under its caption, named by the caption for assistive technology (and for tests). */
export function LabeledField({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box role="group" aria-label={label}>
      <Typography variant="caption" color="text.secondary" component="div">{label}</Typography>
      {children}
    </Box>
  );
}
