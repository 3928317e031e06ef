import { Box, Chip, Paper, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { isMainAccountAllowed, postingAccounts } from '../../../shared/orders/posting';
import { HQ_PARAMETERS_ID } from '../../../shared/master-data/master-data';
import { useServices } from '../../hq/hq-context';
import { AccountStructureForm } from './AccountStructureForm';

export function AccountStructuresScreen() {
  const { t } = useTranslation();
  const { db } = useServices();
  const structures = useLiveQuery(() => db.accountStructures.toArray(), [db]) ?? [];
  // HQ's posting profile; a workspace imported without parameters posts nowhere, so lists none.
  const parameters = useLiveQuery(() => db.hqParameters.get(HQ_PARAMETERS_ID), [db]);
  const postedAccounts = parameters ? postingAccounts(parameters.postingProfile) : [];
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">{t('accountStructures.intro')}</Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(420px, 1fr))', gap: 2, alignItems: 'start' }}>
        {structures.map((s) => <AccountStructureForm key={s.id} structure={s} />)}
        <Paper variant="outlined" sx={{ p: 2 }}>
          <Typography variant="h6" sx={{ mb: 1 }}>{t('accountStructures.inUse')}</Typography>
          <Table size="small" aria-label={t('accountStructures.inUse')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('accountStructures.mainAccount')}</TableCell>
                <TableCell>{t('accountStructures.purpose')}</TableCell>
                <TableCell>{t('accountStructures.allowed')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {postedAccounts.map(([purpose, account]) => {
                const allowed = structures.length > 0 && isMainAccountAllowed(structures, account);
                return (
                  <TableRow key={purpose}>
                    <TableCell>{account}</TableCell>
                    <TableCell>{t(`accountStructures.purposes.${purpose}`)}</TableCell>
                    <TableCell>
                      <Chip size="small" variant="outlined" color={allowed ? 'success' : 'error'} label={t(allowed ? 'accountStructures.yes' : 'accountStructures.no')} />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </Paper>
      </Box>
    </Stack>
  );
}
