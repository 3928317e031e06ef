import { Box, LinearProgress, Typography } from '@mui/material';

/** A determinate bar once the total is known, with the words that say where the work is. */
export function RunProgress({ done, total, label }: { done: number; total: number | null; label: string }) {
  const value = total ? Math.round((done / total) * 100) : undefined;
  return (
    <Box role="status" sx={{ my: 1 }}>
      <LinearProgress variant={value === undefined ? 'indeterminate' : 'determinate'} value={value} aria-label={label} />
      <Typography variant="caption">{label}</Typography>
    </Box>
  );
}
