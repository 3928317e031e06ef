import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n/en';
import { TRANSLATIONS } from '../../renderer/i18n/i18n';
import { guessLanguage, LANGUAGES, resolveLanguage } from '../../renderer/i18n/languages';
import { termKey } from '../../renderer/i18n/terms';
import { STATUS_SPECS } from '../../shared/import/convert-row';
import { tableLabel } from '../../shared/import/entity-maps';
import { CUSTOMER_FAULTS, TRANSACTION_FAULTS } from '../../shared/channel/simulator/channel-faults';
import { FEATURES } from '../../shared/configuration/features';
import { TRANSACTION_ENTITIES } from '../../shared/orders/transaction-entities';
import { CORE_FIELD_LABELS } from '../../shared/customers/customer-rules';
import { FIELD_LABELS as COUPLED_FIELD_LABELS } from '../../shared/coupled-records/coupled-sync';
import { CUSTOMER_TABLE } from '../../shared/coupled-records/coupled-records';
import { ENTRY_STATUSES, TRANSACTION_TYPES } from '../../shared/orders/transaction-entities';
import { demoAttributeDefinitions, demoCustomerSequence } from '../../shared/demo/demo-customers';
import { demoNumberSequences } from '../../shared/demo/demo-organization';

/** Every key path of a resource with its text: `transactions.types.Sales` → "Sales". */
function entries(resource: object, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(resource)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) for (const [p, v] of entries(value, path)) found.set(p, v);
    else found.set(path, value);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const english = entries(en);

describe('every language has every key', () => {
  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s: the keys of English, each a text with the same placeholders', (language) => {
    const translated = entries(TRANSLATIONS[language]);
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of translated) {
      expect(typeof text === 'string' && text.trim() !== '', `${language} ${key} is empty`).toBe(true);
      expect(placeholders(text as string), `${language} ${key}`).toEqual(placeholders(english.get(key) as string));
    }
  });

  it('uses the seeds’ terms, not English', () => {
    expect(TRANSLATIONS['nb-NO'].nav.onlineTransactions).toBe('Nettbutikktransaksjoner');
    expect(TRANSLATIONS['nb-NO'].transactions.synchronizeOrder).toBe('Synkroniser ordre');
    expect(TRANSLATIONS['nb-NO'].transactions.pendingOrderStatus).toBe('Status for ventende ordre');
    expect(TRANSLATIONS['nb-NO'].nav.customerSyncStatus).toBe('Kundesynkroniseringsstatus');
    expect(TRANSLATIONS['sv-SE'].nav.customerSyncStatus).toBe('Kundsynkroniseringsstatus');
    expect(TRANSLATIONS['sv-SE'].jobNames['synchronize-customers']).toBe('Synkronisera kunder och kanalbegäranden');
    // Posting of online sales and payments (nb-NO seed): "Alle arbeidsområder > Finans for butikk", "Velg Butikker etter
    // område i Organisasjonshierarki-feltet", "Velg Avslutt etter-alternativet", "Klikk Regelmessighet".
    expect(TRANSLATIONS['nb-NO'].nav.workspace).toBe('Finans for butikk');
    expect(TRANSLATIONS['nb-NO'].jobs.allStores).toMatch(/^Butikker etter område/);
    expect(TRANSLATIONS['nb-NO'].runs.scopes.allStores).toBe('Butikker etter område');
    expect(TRANSLATIONS['nb-NO'].jobs.scope).toBe('Organisasjonshierarki');
    expect(TRANSLATIONS['nb-NO'].batchJobs.endAfter).toBe('Avslutt etter');
    expect(TRANSLATIONS['nb-NO'].batchJobs.recurrence).toBe('Regelmessighet');
    expect(TRANSLATIONS['nb-NO'].batchJobs.noEndDate).toBe('Ingen sluttdato');
    // Asynchronous order synchronization issues (nb-NO): "Redigere og overvåke transaksjoner".
    expect(TRANSLATIONS['nb-NO'].tellMe.actions.editTransaction).toBe('Rediger og overvåk transaksjoner');
    // Beyond names that are the same in every language (P-0001, JSON), most texts differ from English.
    for (const language of ['nb-NO', 'sv-SE'] as const) {
      const translated = entries(TRANSLATIONS[language]);
      const same = [...english].filter(([key, text]) => translated.get(key) === text).length;
      expect(same / english.size, language).toBeLessThan(0.05);
    }
  });
});

describe('the names shared/ gives in English', () => {
  const names = [
    ...Object.values(TRANSACTION_ENTITIES).flatMap((entity) => [entity.label, ...Object.values(entity.fields).map((field) => field.label)]),
    ...Object.values(CORE_FIELD_LABELS),
    // The coupled records' table and the fields a conflict names.
    CUSTOMER_TABLE, ...Object.values(COUPLED_FIELD_LABELS),
    ...Object.values(FEATURES).map((feature) => feature.name),
    // What the import report names the order status's table and fields by.
    tableLabel('RetailTransactionOrderStatus'), ...Object.values(STATUS_SPECS).map((spec) => spec.label),
    ...[...Object.values(TRANSACTION_FAULTS), ...Object.values(CUSTOMER_FAULTS)].flatMap((fault) => [fault.name, fault.caughtBy]),
    // HQ's master data the screens show: the customer attributes and their allowed values, the number sequences' references.
    ...demoAttributeDefinitions.flatMap((attribute) => [attribute.name, ...attribute.allowedValues]),
    ...[...demoNumberSequences, demoCustomerSequence].map((sequence) => sequence.reference),
  ];

  it('each has a term, in English the name itself: a new table, field, feature or kind of bad data needs its translations', () => {
    const terms: Record<string, string> = en.terms;
    for (const name of new Set(names)) expect(terms[termKey(name)], name).toBe(name);
  });
});

describe('the values of HQ’s enums', () => {
  it('each has its words in every language, by the name the tables store', () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(TRANSLATIONS[language].enumValues).sort(), language).toEqual([...new Set([...TRANSACTION_TYPES, ...ENTRY_STATUSES])].sort());
    }
  });
});

describe('the language shown', () => {
  it.each([
    [['nb-NO', 'en-US'], 'nb-NO'], [['no'], 'nb-NO'], [['nn-NO'], 'nb-NO'], [['sv-FI'], 'sv-SE'], [['sv'], 'sv-SE'],
    [['de-DE', 'sv-SE'], 'sv-SE'], [['en-GB', 'nb'], 'en'], [['de-DE', 'fr'], 'en'], [[], 'en'],
  ] as const)('the OS or browser preferring %j is first guessed as %s', (preferred, expected) => {
    expect(guessLanguage(preferred)).toBe(expected);
  });

  it('is the one chosen in settings once chosen, the guess while the setting follows the system', () => {
    expect(resolveLanguage('sv-SE', ['nb-NO'])).toBe('sv-SE');
    expect(resolveLanguage('en', ['nb-NO'])).toBe('en');
    expect(resolveLanguage('system', ['nb-NO'])).toBe('nb-NO');
  });
});
