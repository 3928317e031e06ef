import { Box, Card, CardActionArea, CardContent, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../hq/hq-context';
import { formatCount } from '../../components/format';
import { WORKSPACE_TILES } from './workspace-tiles';

/** The tiles: each a live count that opens its list already filtered. */
export function WorkspaceTiles() {
  const { t } = useTranslation();
  const { db } = useServices();
  const counts = useLiveQuery(() => Promise.all(WORKSPACE_TILES.map((tile) => tile.count(db, new Date()))), [db]);
  return (
    <Box component="ul" aria-label={t('workspace.tilesLabel')} sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: 1.5 }}>
      {WORKSPACE_TILES.map((tile, i) => {
        const count = counts?.[i];
        if (tile.onlyWhenAny && !count) return null;
        return (
          <li key={tile.id}>
            <Card variant="outlined" sx={{ height: '100%' }}>
              {/* Named by what it shows, count then title (WCAG 2.5.3: a voice user says what they see). */}
              <CardActionArea href={tile.href(new Date())} sx={{ height: '100%' }}>
                <CardContent>
                  <Typography variant="h4" component="p" color={count ? 'error' : 'text.secondary'}>{count === undefined ? '…' : formatCount(count)}</Typography>
                  <Typography variant="body2">{t(tile.title)}</Typography>
                </CardContent>
              </CardActionArea>
            </Card>
          </li>
        );
      })}
    </Box>
  );
}
