import { useState } from 'react';
import {
  Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, FormLabel, Radio, RadioGroup, Table, TableBody, TableCell, TableHead, TableRow,
} from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_FIELD_MAP, crmValue, type MappedField } from '../../../shared/coupled-records/coupled-records';
import type { CoupledErrorRow } from '../../../shared/coupled-records/coupled-record-lists';
import { useServices } from '../../hq/hq-context';
import { useCommand } from '../../components/use-command';
import type { CommandOutcome } from '../../../shared/runner/run-outcome';

type Direction = 'send' | 'get' | 'merge';

/**
 * Synchronize: for one record, Send data update, Get data update or Merge data with both values
 * of every field shown and a choice per field; for several, Send or Get.
 */
export function SynchronizeDialog({ rows, onClose }: { rows: CoupledErrorRow[]; onClose: (outcome?: CommandOutcome | null) => void }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const command = useCommand();
  const one = rows.length === 1 ? rows[0]! : null;
  const [direction, setDirection] = useState<Direction>('send');
  const [choices, setChoices] = useState<Partial<Record<MappedField, 'hq' | 'crm'>>>({});
  const records = useLiveQuery(async () => (one ? { customer: await db.customers.get(one.integrationId), account: await db.crmAccounts.get(one.crmId) } : null), [db, one?.id]);
  const sideOf = (field: MappedField): 'hq' | 'crm' => (direction === 'merge' ? choices[field] ?? 'hq' : direction === 'send' ? 'hq' : 'crm');
  const synchronize = async () => {
    const choice = direction === 'merge'
      ? { direction, choices: Object.fromEntries(CUSTOMER_FIELD_MAP.map((m) => [m.field, sideOf(m.field)])) as Record<MappedField, 'hq' | 'crm'> }
      : { direction };
    const outcome = await command.run({ type: 'synchronizeCouplings', couplingIds: rows.map((r) => r.id), choice });
    if (outcome) onClose(outcome);
  };
  const directions: Direction[] = one ? ['send', 'get', 'merge'] : ['send', 'get'];
  return (
    <Dialog open onClose={() => onClose()} maxWidth="md" fullWidth>
      <DialogTitle>{t('coupled.synchronizeTitle', { count: rows.length, description: one?.description })}</DialogTitle>
      <DialogContent>
        <FormLabel id="synch-direction">{t('coupled.direction')}</FormLabel>
        <RadioGroup aria-labelledby="synch-direction" value={direction} onChange={(e) => setDirection(e.target.value as Direction)}>
          {directions.map((d) => <FormControlLabel key={d} value={d} control={<Radio />} label={`${t(`coupled.${d}`)}: ${t(`coupled.${d}Help`)}`} />)}
        </RadioGroup>
        {one && records?.customer && records.account && (
          <Table size="small" aria-label={t('coupled.merge')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('coupled.field')}</TableCell><TableCell>{t('coupled.hqValue')}</TableCell><TableCell>{t('coupled.crmValue')}</TableCell><TableCell>{t('coupled.keep')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {CUSTOMER_FIELD_MAP.map(({ field }) => {
                const hq = records.customer![field];
                const crm = crmValue(records.account!, field);
                const label = t(`coupled.fields.${field}`);
                return (
                  <TableRow key={field} selected={hq !== crm}>
                    <TableCell component="th">{label}{hq !== crm ? ` (${t('coupled.differs')})` : ''}</TableCell>
                    <TableCell>{hq}</TableCell>
                    <TableCell>{crm}</TableCell>
                    <TableCell>
                      <RadioGroup row aria-label={`${t('coupled.keep')} ${label}`} value={sideOf(field)} onChange={(e) => setChoices((c) => ({ ...c, [field]: e.target.value as 'hq' | 'crm' }))}>
                        <FormControlLabel value="hq" disabled={direction !== 'merge'} control={<Radio size="small" />} label={t('coupled.hqValue')} />
                        <FormControlLabel value="crm" disabled={direction !== 'merge'} control={<Radio size="small" />} label={t('coupled.crmValue')} />
                      </RadioGroup>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
        {command.error && <Alert severity="error">{command.error}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose()}>{t('coupled.cancel')}</Button>
        <Button variant="contained" disabled={command.busy} onClick={() => void synchronize()}>{t('coupled.synchronize')}</Button>
      </DialogActions>
    </Dialog>
  );
}
