import { Accordion, AccordionDetails, AccordionSummary, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ImportedPart } from '../../../shared/import/import-types';
import { specsOf } from '../../../shared/import/convert-row';
import { term } from '../../i18n/terms';

/**
 * One entity read from a file, as the report tells it: how it was known, each column mapped to
 * its field, each kept as an other field from the export (those its entity has no property of
 * marked), and what the import decided for it.
 */
export function ImportPartColumns({ file, part }: { file: string; part: ImportedPart }) {
  const { t } = useTranslation();
  const mapped = part.columnsMapped ?? [];
  const kept = part.columnsKept ?? [];
  const unknown = new Set(part.columnsUnknown ?? []);
  // A field as the grids label it, with its name in the table ("Receipt number (receiptId)").
  const fieldName = (field: string) => {
    const spec = specsOf(part.entity)[field];
    return spec ? `${term(t, spec.label)} (${field})` : field;
  };
  return (
    <Accordion disableGutters variant="outlined" slotProps={{ transition: { unmountOnExit: true } }}>
      <AccordionSummary expandIcon={<span aria-hidden>▾</span>}>
        <Typography variant="body2">
          {t('imports.partSummary', { file: part.path === file ? file : `${file}: ${part.path}`, source: part.source ?? part.entityLabel, mapped: mapped.length, kept: kept.length })}
        </Typography>
      </AccordionSummary>
      <AccordionDetails>
        <Stack spacing={1.5}>
          {part.matchedBy && <Typography variant="body2">{t('imports.matchedBy', { how: t(`imports.matches.${part.matchedBy}`) })}</Typography>}
          {(part.notes ?? []).map((note) => <Typography key={note} variant="body2" color="warning.main">{note}</Typography>)}
          <Table size="small" aria-label={t('imports.columnsMappedOf', { path: part.path })}>
            <TableHead><TableRow><TableCell>{t('imports.column')}</TableCell><TableCell>{t('imports.mappedTo')}</TableCell></TableRow></TableHead>
            <TableBody>
              {mapped.map((m) => <TableRow key={`${m.column}/${m.field}`}><TableCell>{m.column}</TableCell><TableCell>{fieldName(m.field)}</TableCell></TableRow>)}
            </TableBody>
          </Table>
          <Typography variant="subtitle2">{t('imports.columnsKept', { count: kept.length })}</Typography>
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
            {kept.length ? kept.map((k) => (unknown.has(k) ? `${k} (${t('imports.notInMetadata')})` : k)).join(', ') : t('imports.noneKept')}
          </Typography>
        </Stack>
      </AccordionDetails>
    </Accordion>
  );
}
