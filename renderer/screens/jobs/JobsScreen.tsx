import { Box, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { ChannelSimulatorCard } from './ChannelSimulatorCard';
import { RunHistoryGrid } from './RunHistoryGrid';
import { SynchronizeOrdersJobCard } from './SynchronizeOrdersJobCard';
import { UploadJobCard } from './UploadJobCard';

export function JobsScreen() {
  const { t } = useTranslation();
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">{t('jobs.intro')}</Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(460px, 1fr))', gap: 2 }}>
        <UploadJobCard />
        <SynchronizeOrdersJobCard />
        <ChannelSimulatorCard />
      </Box>
      <RunHistoryGrid />
    </Stack>
  );
}
