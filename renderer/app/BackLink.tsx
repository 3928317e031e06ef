import { Link } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { locationHash, parseHash, useHash } from './hash-location';
import { PAGE_LABELS } from './tell-me-catalog';

const BACK = 'back';

/**
 * A link that comes back here when its work is done: the place it leaves (screen, record and
 * filters) rides along as `back`, and the screen it opens shows "Back to …" (BackLink). So a fix
 * made on a setup screen returns to the failed order in one step, by mouse or keyboard.
 */
export function withBack(href: string, here: string): string {
  const [path = '', query = ''] = href.split('?');
  const params = new URLSearchParams(query);
  params.set(BACK, here.replace(/^#\/?/, ''));
  return `${path}?${params.toString()}`;
}

/** "Back to Online store transactions: NOR-W-000059", under the screen's heading, when the link that opened it said where from. */
export function BackLink() {
  const { t } = useTranslation();
  const back = new URLSearchParams(parseHash(useHash()).query).get(BACK);
  const target = back ? parseHash(`#/${back}`) : null;
  if (!target?.screen) return null;
  const place = [t(PAGE_LABELS[target.screen]), target.record.at(-1)].filter(Boolean).join(': ');
  return (
    <Link href={locationHash(target.screen, target.record, target.query)} sx={{ mb: 1.5, alignSelf: 'flex-start' }}>
      {t('keyboard.backTo', { place })}
    </Link>
  );
}
