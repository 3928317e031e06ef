import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';

/**
 * "Skip to main content": the first stop of Tab, shown only while focused. It moves focus to the
 * screen's heading rather than following its href, since the URL's hash names the screen.
 */
export function SkipLink({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  return (
    <Box component="a" href={`#${targetId}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(targetId)?.focus();
      }}
      sx={{
        position: 'fixed', left: 8, top: -64, zIndex: (theme) => theme.zIndex.tooltip + 1, px: 2, py: 1,
        bgcolor: 'background.paper', color: 'primary.main', borderRadius: 1, boxShadow: 3, fontWeight: 500,
        '&:focus': { top: 8 },
      }}>
      {t('keyboard.skipToMain')}
    </Box>
  );
}
