import { useCallback, useRef } from 'react';
import { Box, Paper, Tab, Tabs, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { RetailTransactionOrderStatus } from '../../../shared/orders/order-status';
import {
  ENTITY_NAMES, TRANSACTION_ENTITIES, keyOf, keyText, keyTuple, type EntityName, type TransactionKey,
} from '../../../shared/orders/transaction-entities';
import { useServices } from '../../hq/hq-context';
import type { DraftChange } from './edit-draft';
import { EditBar } from './EditBar';
import { AuditNotes } from './AuditNotes';
import { EntityTabPanel } from './EntityTabPanel';
import { useStoredTransaction, type StoredTransaction } from './stored-transaction';
import { SynchronizationStatusPanel } from './SynchronizationStatusPanel';
import { useEditActions } from './use-edit-actions';
import { useEditDraft, type EditSession } from './use-edit-draft';
import { term } from '../../i18n/terms';
import { useUnsavedChanges } from '../../app/unsaved-changes';
import { useFocusOnArrival } from '../../app/arrival-focus';
import { transactionRecord } from './transaction-location';
import { ChangedInHqRecord } from '../pull/ChangedInHqRecord';

export type DetailsTab = 'status' | EntityName;

/** The table a data error names ("Sales transactions, line 1: …"), so Edit can open it. */
function entityNamedIn(details: string | null): EntityName | null {
  if (!details) return null;
  const byLength = [...ENTITY_NAMES].sort((a, b) => TRANSACTION_ENTITIES[b].label.length - TRANSACTION_ENTITIES[a].label.length);
  return byLength.find((e) => details.startsWith(TRANSACTION_ENTITIES[e].label)) ?? null;
}

const textOf = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

const tabId = (tab: DetailsTab) => `transaction-tab-${tab}`;

interface Props {
  txKey: TransactionKey;
  storeName: string;
  tab: DetailsTab;
  onTab: (tab: DetailsTab) => void;
}

/** The selected transaction below the list: read live, from its status row and its rows in the eleven tables. */
export function TransactionDetails(props: Props) {
  const { t } = useTranslation();
  const { db } = useServices();
  const text = keyText(props.txKey);
  const status = useLiveQuery(async () => (await db.RetailTransactionOrderStatus.get(keyTuple(props.txKey))) ?? null, [db, text]);
  const stored = useStoredTransaction(props.txKey);
  if (status === undefined || stored === undefined) return null;
  if (status === null || stored === null) return <Typography color="text.secondary">{t('transactions.selectHint')}</Typography>;
  return <LoadedDetails {...props} status={status} stored={stored} />;
}

function LoadedDetails({ txKey, storeName, tab, onTab, status, stored }: Props & { status: RetailTransactionOrderStatus; stored: StoredTransaction }) {
  const { t } = useTranslation();
  const draft = useEditDraft();
  const actions = useEditActions(status, draft.draft, Object.keys(draft.refusals).length > 0);
  const resetSave = actions.save.reset;
  // A new value makes the last Save's refusals stale.
  const putChange = draft.put;
  const put = useCallback((change: DraftChange) => { putChange(change); resetSave(); }, [putChange, resetSave]);
  const session: EditSession = {
    editing: actions.isEditing, draft: draft.draft, refusals: draft.refusals, serverErrors: actions.save.fieldErrors,
    generation: draft.generation, put, refuse: draft.refuse,
  };
  const reference = textOf(stored.header.ChannelReferenceId) ?? textOf(stored.header.receiptId) ?? txKey.transactionId;
  // Values typed and not saved (refused ones too): leaving asks first, and Synchronize refuses.
  const unsaved = Object.keys(draft.draft).length > 0 || Object.keys(draft.refusals).length > 0;
  useUnsavedChanges(unsaved ? { id: keyText(txKey), label: reference, note: t('unsaved.staysEditing') } : null);

  // A link, a reload or back/forward that named this transaction brings focus to it. (Edit, Save,
  // Finish editing and Synchronize order disable themselves once pressed: focus-keeper.ts moves
  // focus to the next step's button.)
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(transactionRecord(txKey).join('/'), heading);

  const changeTab = (next: DetailsTab) => {
    // The grid of the tab left unmounts with any cell still open in its editor; its refusal goes too.
    draft.clearRefusals();
    onTab(next);
  };
  const editFromError = () => {
    actions.startEditing();
    changeTab(entityNamedIn(status.ErrorDetail) ?? 'RetailTransactionTable');
  };
  const onSave = async () => {
    if (await actions.saveChanges()) draft.saved();
  };

  return (
    <Paper variant="outlined" sx={{ p: 2, flexShrink: 0 }} component="section" aria-label={t('transactions.details')}>
      <Typography variant="subtitle1" component="h2" sx={{ mb: 1 }} ref={heading} tabIndex={-1}>
        {reference} · {storeName} · {t('transactions.register')} {txKey.terminal} · {txKey.transactionId}
      </Typography>
      <EditBar actions={actions} onSave={() => void onSave()} onDiscard={() => { draft.discard(); resetSave(); }} />
      {/* Whichever tab is open: a refresh found HQ changed what was edited here. */}
      <ChangedInHqRecord txKey={txKey} />
      <Tabs value={tab} onChange={(_, v: DetailsTab) => changeTab(v)} variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile
        aria-label={t('transactions.detailsTabs')} sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}>
        <Tab value="status" label={t('syncStatus.tab')} id={tabId('status')} aria-controls="transaction-tabpanel" />
        {ENTITY_NAMES.map((e) => (
          <Tab key={e} value={e} id={tabId(e)} aria-controls="transaction-tabpanel"
            label={e === 'RetailTransactionTable' ? term(t, TRANSACTION_ENTITIES[e].label) : `${term(t, TRANSACTION_ENTITIES[e].label)} (${stored.lines[e].length})`} />
        ))}
      </Tabs>
      <Box role="tabpanel" id="transaction-tabpanel" aria-labelledby={tabId(tab)}>
        {tab === 'status'
          ? <><SynchronizationStatusPanel status={status} canEdit={actions.canEdit} onEdit={editFromError} /><AuditNotes txKey={keyOf(status)} /></>
          : <EntityTabPanel txKey={keyOf(status)} entity={tab} stored={stored} session={session} actions={actions} />}
      </Box>
    </Paper>
  );
}
