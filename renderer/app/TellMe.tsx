import { useEffect, useMemo, useState } from 'react';
import { Autocomplete, Box, Button, Dialog, DialogContent, SvgIcon, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { openScreen } from './screens';
import { PAGE_LABELS, searchTellMe, tellMeEntries, type TellMeEntry } from './tell-me-catalog';

/** Alt+Q (Business Central's) and Ctrl+K / ⌘K (most apps') open Tell me. */
const opensTellMe = (e: KeyboardEvent) =>
  (e.altKey && !e.ctrlKey && e.key.toLowerCase() === 'q') || ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k');

const searchIcon = 'M15.5 14h-.79l-.28-.27A6.47 6.47 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14';

/** Tell me: a search over every page and action (tell-me-catalog.ts); choosing one opens its page. Keyboard only is enough. */
export function TellMe() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!opensTellMe(e)) return;
      e.preventDefault();
      setQuery('');
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const entries = useMemo(tellMeEntries, []);
  const found = useMemo(() => searchTellMe(entries, query, (e) => t(e.labelKey)), [entries, query, t]);
  const choose = (entry: TellMeEntry | null) => {
    if (!entry) return;
    setOpen(false);
    openScreen(entry.screen);
  };
  return (
    <>
      <Button color="inherit" onClick={() => { setQuery(''); setOpen(true); }} title={t('tellMe.shortcut')}
        startIcon={<SvgIcon><path d={searchIcon} /></SvgIcon>}>{t('tellMe.open')}</Button>
      {/* Named on its paper, the element with role="dialog" (MUI puts the Dialog's own props on the backdrop's root). */}
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm"
        slotProps={{ paper: { 'aria-label': t('tellMe.open'), sx: { alignSelf: 'flex-start', mt: 8 } } }}>
        <DialogContent>
          <Autocomplete<TellMeEntry>
            open={query.trim().length > 0} options={found} filterOptions={(options) => options} autoHighlight
            inputValue={query} onInputChange={(_e, value, reason) => reason !== 'reset' && setQuery(value)}
            onChange={(_e, entry) => choose(entry)} value={null}
            getOptionLabel={(entry) => t(entry.labelKey)} isOptionEqualToValue={(a, b) => a === b}
            noOptionsText={t('tellMe.noMatch')}
            onClose={(_e, reason) => reason === 'escape' && setOpen(false)}
            renderOption={({ key, ...props }, entry) => (
              <Box component="li" key={key} {...props} sx={{ display: 'flex', justifyContent: 'space-between', gap: 2 }}>
                <span>{t(entry.labelKey)}</span>
                <Typography variant="body2" color="text.secondary">
                  {entry.kind === 'page' ? t('tellMe.page') : t('tellMe.action', { page: t(PAGE_LABELS[entry.screen]) })}
                </Typography>
              </Box>
            )}
            renderInput={(params) => <TextField {...params} autoFocus label={t('tellMe.open')} placeholder={t('tellMe.placeholder')} />}
            slotProps={{ listbox: { sx: { maxHeight: 360 } } }}
          />
        </DialogContent>
      </Dialog>
    </>
  );
}
