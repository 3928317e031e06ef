import { useEffect } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useServices } from '../hq/hq-context';
import { unloadNeedsAsking, useLeaveQuestion } from './leave-guard';
import { useUnsavedEntries } from './unsaved-changes';

const MAX_DETAIL = 900;

/**
 * Asks before unsaved values are left behind: in the app (another screen or record, back/forward,
 * a workspace switch) with this dialog, Stay first; on a reload or close through the browser's
 * own beforeunload question, or the desktop app's (told the words here).
 */
export function LeaveDialog() {
  const { t } = useTranslation();
  const { host } = useServices();
  const question = useLeaveQuestion();
  const entries = useUnsavedEntries();

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (unloadNeedsAsking()) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  const detail = entries.map((e) => (e.note ? `${e.label}: ${e.note}` : e.label)).join('\n');
  useEffect(() => {
    host.setLeavePrompt(detail ? {
      title: t('app.title'), message: t('unsaved.title'), leave: t('unsaved.leave'), stay: t('unsaved.stay'),
      detail: `${t('unsaved.intro')}\n${detail}`.slice(0, MAX_DETAIL),
    } : null);
  }, [host, detail, t]);

  if (!question) return null;
  return (
    <Dialog open onClose={() => question.answer(false)} aria-labelledby="leave-title" aria-describedby="leave-text">
      <DialogTitle id="leave-title">{t('unsaved.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="leave-text">{t('unsaved.intro')}</DialogContentText>
        <ul>
          {question.entries.map((entry) => (
            <li key={entry.id}><DialogContentText component="span"><strong>{entry.label}</strong>{entry.note ? `: ${entry.note}` : ''}</DialogContentText></li>
          ))}
        </ul>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" autoFocus onClick={() => question.answer(false)}>{t('unsaved.stay')}</Button>
        <Button color="warning" onClick={() => question.answer(true)}>{t('unsaved.leave')}</Button>
      </DialogActions>
    </Dialog>
  );
}
