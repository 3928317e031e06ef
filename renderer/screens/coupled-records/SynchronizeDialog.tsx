import { useState } from 'react';
import {
  Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControlLabel, FormLabel, Radio, RadioGroup, Stack,
  Table, TableBody, TableCell, TableHead, TableRow,
} from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_FIELD_MAP, crmValue, type MappedField } from '../../../shared/coupled-records/coupled-records';
import type { SynchronizeChoice } from '../../../shared/coupled-records/coupled-records-request';
import {
  defaultMergeChoices, SEVERAL_RECORDS_OFFER, synchronizeOffer, type SynchronizeDirection, type SynchronizeOffer,
} from '../../../shared/coupled-records/synchronize-offer';
import type { CoupledErrorRow } from '../../../shared/coupled-records/coupled-record-lists';
import { useServices } from '../../hq/hq-context';
import type { CommandOutcome } from '../../../shared/runner/run-outcome';
import { useRunNow } from '../runner/use-run-now';
import { useUserName } from '../../components/use-user-name';

/** A coupling to synchronize: its id, both records' ids, and how the title names it. */
export type SynchronizedRow = Pick<CoupledErrorRow, 'id' | 'integrationId' | 'crmId' | 'description'>;

/** Which changes the offer rests on, said before the directions. */
function WhatChanged({ offer }: { offer: SynchronizeOffer }) {
  const { t } = useTranslation();
  if (offer.conflictingFields.length) {
    const fields = offer.conflictingFields.map((f) => t(`coupled.fields.${f}`)).join(', ');
    return <Alert severity="warning">{t('coupled.mergeForbidden', { fields })}</Alert>;
  }
  const changed = offer.hqChanged ? (offer.crmChanged ? 'both' : 'hq') : offer.crmChanged ? 'crm' : 'neither';
  return <Alert severity="info">{t(`coupled.whatChanged.${changed}`)}</Alert>;
}

/**
 * Synchronize, as Business Central offers it (SynchronizeOffer): for one record the direction
 * recommended from what changed, Merge data only where no field changed on both sides (then the
 * value each field keeps is chosen here, field by field), and why when it is not offered; for
 * several, Send or Get. It runs as an Integration synchronization run on the job runner.
 */
export function SynchronizeDialog({ rows, onClose }: { rows: SynchronizedRow[]; onClose: (outcome?: CommandOutcome) => void }) {
  const { t } = useTranslation();
  const { db, host } = useServices();
  const user = useUserName();
  const run = useRunNow();
  const one = rows.length === 1 ? rows[0]! : null;
  const found = useLiveQuery(async () => {
    if (!one) return null;
    const [coupling, customer, account] = await Promise.all([db.crmCouplings.get(one.id), db.customers.get(one.integrationId), db.crmAccounts.get(one.crmId)]);
    return coupling && customer && account ? { customer, account, offer: synchronizeOffer(coupling, customer, account) } : null;
  }, [db, one?.id]);
  const offer = one ? found?.offer : SEVERAL_RECORDS_OFFER;
  const [chosen, setChosen] = useState<SynchronizeDirection | null>(null);
  const [picked, setPicked] = useState<Partial<Record<MappedField, 'hq' | 'crm'>>>({});
  const direction = chosen && offer?.offered.includes(chosen) ? chosen : offer?.recommended ?? 'send';
  const choices = offer ? { ...defaultMergeChoices(offer), ...picked } : null;
  const synchronize = async () => {
    const choice: SynchronizeChoice = direction === 'merge' ? { direction, choices: choices! } : { direction };
    await run.start(async () => {
      const outcome = await host.runner.runNow({ jobId: 'integration-synchronization', records: { action: 'synchronize', couplingIds: rows.map((r) => r.id), choice, user } });
      onClose(outcome);
      return outcome;
    });
  };
  const label = (d: SynchronizeDirection) => {
    const text = `${t(`coupled.${d}`)}: ${t(`coupled.${d}Help`)}`;
    return d === offer?.recommended ? t('coupled.recommended', { label: text }) : text;
  };
  return (
    <Dialog open onClose={() => onClose()} maxWidth="md" fullWidth>
      <DialogTitle>{t('coupled.synchronizeTitle', { count: rows.length, description: one?.description })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          {one ? offer && <WhatChanged offer={offer} /> : <DialogContentText>{t('coupled.severalHelp')}</DialogContentText>}
          {offer && (
            <div>
              <FormLabel id="synch-direction">{t('coupled.direction')}</FormLabel>
              <RadioGroup aria-labelledby="synch-direction" value={direction} onChange={(e) => setChosen(e.target.value as SynchronizeDirection)}>
                {offer.offered.map((d) => <FormControlLabel key={d} value={d} control={<Radio />} label={label(d)} />)}
              </RadioGroup>
            </div>
          )}
          {found && choices && (
            <Table size="small" aria-label={t('coupled.merge')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('coupled.field')}</TableCell><TableCell>{t('coupled.hqValue')}</TableCell><TableCell>{t('coupled.crmValue')}</TableCell>
                  {direction === 'merge' && <TableCell>{t('coupled.keep')}</TableCell>}
                </TableRow>
              </TableHead>
              <TableBody>
                {CUSTOMER_FIELD_MAP.map(({ field }) => {
                  const hq = found.customer[field];
                  const crm = crmValue(found.account, field);
                  const name = t(`coupled.fields.${field}`);
                  const mark = found.offer.conflictingFields.includes(field) ? t('coupled.changedInBothField') : hq !== crm ? t('coupled.differs') : null;
                  return (
                    <TableRow key={field} selected={hq !== crm}>
                      <TableCell component="th">{name}{mark ? ` (${mark})` : ''}</TableCell>
                      <TableCell>{hq}</TableCell>
                      <TableCell>{crm}</TableCell>
                      {direction === 'merge' && (
                        <TableCell>
                          <RadioGroup row aria-label={`${t('coupled.keep')} ${name}`} value={choices[field]} onChange={(e) => setPicked((c) => ({ ...c, [field]: e.target.value as 'hq' | 'crm' }))}>
                            <FormControlLabel value="hq" control={<Radio size="small" />} label={t('coupled.hqValue')} />
                            <FormControlLabel value="crm" control={<Radio size="small" />} label={t('coupled.crmValue')} />
                          </RadioGroup>
                        </TableCell>
                      )}
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
          {run.error && <Alert severity="error">{run.error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose()}>{t('coupled.cancel')}</Button>
        <Button variant="contained" disabled={run.busy || !offer} onClick={() => void synchronize()}>{t('coupled.synchronize')}</Button>
      </DialogActions>
    </Dialog>
  );
}
