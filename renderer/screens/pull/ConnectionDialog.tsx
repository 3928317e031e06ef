import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MICROSOFT_ENTRA_AUTHORITY, type HqConnectionInput } from '../../../shared/pull/hq-connection';
import { useServices } from '../../hq/hq-context';
import { commaList } from './comma-list';

const FIELDS = ['name', 'environmentUrl', 'tenant', 'clientId', 'authority', 'companies'] as const;

/** Adds a connection: what the HQ administrator registered in Microsoft Entra ID, and the companies to read. The host checks it again (https only). */
export function ConnectionDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { host } = useServices();
  const [values, setValues] = useState<Record<(typeof FIELDS)[number], string>>({ name: '', environmentUrl: '', tenant: '', clientId: '', authority: MICROSOFT_ENTRA_AUTHORITY, companies: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const save = async () => {
    const input: HqConnectionInput = { ...values, companies: commaList(values.companies) };
    try {
      await host.hq!.saveConnection(null, input);
      onClose();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  const help: Partial<Record<(typeof FIELDS)[number], string>> = { environmentUrl: t('pull.environmentHelp'), companies: t('pull.companiesHelp') };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('pull.addTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {FIELDS.map((field) => (
            <TextField key={field} label={t(`pull.${field}`)} value={values[field]} helperText={help[field]} required
              onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))} />
          ))}
          {problem && <Alert severity="error">{t('pull.problem', { message: problem })}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('pull.close')}</Button>
        <Button variant="contained" disabled={FIELDS.some((f) => !values[f].trim())} onClick={() => void save()}>{t('pull.save')}</Button>
      </DialogActions>
    </Dialog>
  );
}
