import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { HqTransaction } from '../../../shared/domain/transactions';
import { formatMoney } from '../../components/format';

/** What the channel recorded: RetailTransactionSalesTrans, charges, tax and RetailTransactionPaymentTrans. */
export function LinesAndPaymentsPanel({ transaction }: { transaction: HqTransaction }) {
  const { t } = useTranslation();
  const money = (cents: number) => formatMoney(cents, transaction.currency);
  return (
    <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
      <Table size="small" sx={{ width: 'auto' }} aria-label={t('syncStatus.linesTab')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('syncStatus.item')}</TableCell>
            <TableCell align="right">{t('syncStatus.quantity')}</TableCell>
            <TableCell align="right">{t('syncStatus.unitPrice')}</TableCell>
            <TableCell align="right">{t('transactions.amount')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {transaction.lines.map((l) => (
            <TableRow key={l.lineNumber}>
              <TableCell>{l.itemId} {l.itemName}</TableCell>
              <TableCell align="right">{l.quantity}</TableCell>
              <TableCell align="right">{money(l.unitPrice)}</TableCell>
              <TableCell align="right">{money(l.amount)}</TableCell>
            </TableRow>
          ))}
          {transaction.charges.map((c) => (
            <TableRow key={c.code}>
              <TableCell colSpan={3}>{t('syncStatus.charges')}: {c.code}</TableCell>
              <TableCell align="right">{money(c.amount)}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell colSpan={3}>{t('syncStatus.tax')}</TableCell>
            <TableCell align="right">{money(transaction.taxAmount)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
      <Box>
        <Typography variant="subtitle2">{t('syncStatus.payments')}</Typography>
        <Table size="small" sx={{ width: 'auto' }}>
          <TableBody>
            {transaction.payments.map((p) => (
              <TableRow key={p.lineNumber}>
                <TableCell>{t(`syncStatus.methods.${p.method}`)}{p.cardType ? ` (${p.cardType})` : ''}</TableCell>
                <TableCell align="right">{money(p.amount)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
}
