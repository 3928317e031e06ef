import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n/en';
import { nb } from '../../renderer/i18n/nb';
import i18next from 'i18next';
import { orderErrorMessage, orderErrors } from '../../shared/orders/order-errors';
import { customerProblems } from '../../shared/customers/customer-rules';
import { matchMessage } from '../../shared/platform/message-catalog';
import { customerErrorText } from '../../renderer/screens/customers/customer-error-text';
import { couplingErrors } from '../../shared/coupled-records/coupling-errors';
import { couplingErrorText, manualActionText } from '../../renderer/screens/coupled-records/coupling-error-text';
import { MANUAL_ACTIONS, SYNCHRONIZE_DIRECTIONS, synchronizeAction } from '../../shared/coupled-records/coupled-actions';
import { synchLogMessages } from '../../shared/coupled-records/synch-log-messages';
import { JOBS } from '../../shared/runner/jobs';
import { scopeLabels } from '../../shared/configuration/scope-labels';
import { scopeLabelText } from '../../renderer/screens/run-history/scope-label-text';
import { operationValueText } from '../../renderer/screens/customers/attribute-value-text';
import { fileRefusals, rowPlaces, rowRefusals } from '../../shared/import/import-messages';
import type { MessageCatalog } from '../../shared/platform/message-catalog';
import { importText } from '../../renderer/screens/import/import-text';

const fill = (template: string, params: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => params[name] ?? `{{${name}}}`);

await i18next.init({ lng: 'nb-NO', resources: {}, interpolation: { escapeValue: false } });

describe('Order error details in the user’s language', () => {
  it.each([
    orderErrors.numberSequenceExceeded(),
    orderErrors.noDefaultPaymentService(),
    orderErrors.accountStructure('618160', 'usrt'),
    orderErrors.customerNotReached('ASYNC-0042'),
    orderErrors.customerFailed('ASYNC-0042', 'op-7', 'The address is missing its City, which is mandatory.\nSecond line.'),
  ])('recognizes HQ’s text, and its English key reads exactly as stored: %s', (details) => {
    const message = orderErrorMessage(details);
    expect(message).not.toBeNull();
    expect(fill(en.orderErrors[message!.key], message!.params)).toBe(details);
  });

  it('reads in Norwegian with the values of the stored text', () => {
    const message = orderErrorMessage(orderErrors.accountStructure('618160', 'usrt'))!;
    expect(fill(nb.orderErrors[message.key], message.params)).toBe('Kontostruktur for kombinasjonen 618160 er ikke gyldig for finanskontoen Delt hovedkonto for firma usrt. Posteringen er avbrutt.');
  });

  it('leaves a data problem as it is stored', () => {
    expect(orderErrorMessage('Sales transactions, line 1: quantity is missing.')).toBeNull();
  });
});

describe('Last known errors of customer operations in the user’s language', () => {
  const values = ['Gold', 'Loyalty', 'Gold, Silver'];
  it.each(Object.keys(customerProblems) as (keyof typeof customerProblems)[])('%s is recognized, and its English key reads exactly as stored', (key) => {
    const make = customerProblems[key] as (...v: string[]) => string;
    const stored = make(...values.slice(0, make.length));
    const message = matchMessage(customerProblems, stored);
    expect(message?.key).toBe(key);
    const params = Object.fromEntries(message!.values.map((v, i) => [`p${i}`, v]));
    expect(fill(en.customerProblems[key], params)).toBe(stored);
  });

  it('reads a stored error line by line in Norwegian, its field names too, and leaves an unknown text as stored', () => {
    i18next.addResourceBundle('nb-NO', 'translation', nb);
    const t = i18next.getFixedT('nb-NO');
    const stored = `RETAILASYNCADDRESSV2: ${customerProblems.addressPartMissing('City')}\nRETAILASYNCCUSTOMERV2: ${customerProblems.emailInvalid('emma@')}\nSomething else.`;
    expect(customerErrorText(t, stored)).toBe("RETAILASYNCADDRESSV2: Adressen mangler By, som er obligatorisk.\nRETAILASYNCCUSTOMERV2: 'emma@' er ikke en gyldig e-postadresse.\nSomething else.");
  });
});

describe('coupled records’ errors in the user’s language', () => {
  it.each([
    couplingErrors.changedInBoth('004010', 'Phone, Street'),
    couplingErrors.deletedInCrm('004018'),
    couplingErrors.deletedInHq('004999'),
    couplingErrors.notCreatedInHq('Astrid Nordby'),
  ])('recognizes the stored text, and its English key reads exactly as stored: %s', (text) => {
    const message = matchMessage(couplingErrors, text)!;
    expect(message).not.toBeNull();
    expect(fill(en.couplingErrors[message.key], Object.fromEntries(message.values.map((v, i) => [`p${i}`, v])))).toBe(text);
  });

  it('reads in Norwegian, the fields it names too', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'nb', resources: { nb: { translation: nb } }, interpolation: { escapeValue: false } });
    expect(couplingErrorText(i18n.t, couplingErrors.changedInBoth('004010', 'Phone, Street')))
      .toBe('Kunde 004010 og den koblede CRM-kontoen ble begge endret etter forrige synkronisering (Telefon, Gate). Velg hvilken versjon som skal beholdes, med Synkroniser.');
    expect(couplingErrorText(i18n.t, 'Something else')).toBe('Something else');
    // The Synchronization log's manual actions, by the names the engine gives them.
    expect(manualActionText(i18n.t, synchronizeAction(SYNCHRONIZE_DIRECTIONS.get))).toBe(`${nb.coupled.synchronize} (${nb.coupled.get})`);
    expect(manualActionText(i18n.t, MANUAL_ACTIONS.restoreRecords)).toBe(nb.coupled.restoreRecords);
    expect(manualActionText(i18n.t, JOBS['integration-synchronization'].name)).toBe(nb.jobNames['integration-synchronization']);
  });

  it.each(Object.entries(synchLogMessages).map(([key, make]) => [key, make('Fjord Outfitters')] as const))(
    'says what a job did to a record (%s) as stored in English, and in Norwegian', async (key, stored) => {
      const i18n = i18next.createInstance();
      await i18n.init({ lng: 'nb', resources: { nb: { translation: nb }, en: { translation: en } }, interpolation: { escapeValue: false } });
      expect(couplingErrorText(i18n.getFixedT('en'), stored)).toBe(stored);
      expect(couplingErrorText(i18n.t, stored)).toBe(fill(nb.synchLog[key as keyof typeof synchLogMessages], { p0: 'Fjord Outfitters' }));
    });
});


describe('a run’s scope and the customer attributes in the user’s language', () => {
  it('says each scope the history stored in English in Norwegian, the names in it as HQ gives them', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'nb', resources: { nb: { translation: nb } }, interpolation: { escapeValue: false } });
    expect(scopeLabelText(i18n.t, scopeLabels.allStores())).toBe('Butikker etter område');
    expect(scopeLabelText(i18n.t, scopeLabels.region('West'))).toBe('Område West');
    expect(scopeLabelText(i18n.t, scopeLabels.store('Seattle'))).toBe('Butikk Seattle');
    expect(scopeLabelText(i18n.t, scopeLabels.allGroups())).toBe(nb.distribution.allGroups);
    expect(scopeLabelText(i18n.t, scopeLabels.groups('Online, Stores'))).toBe('Kanaldatabasegrupper: Online, Stores');
    expect(scopeLabelText(i18n.t, scopeLabels.headquarters())).toBe('Hovedkontor');
    expect(scopeLabelText(i18n.t, 'Something else')).toBe('Something else');
  });

  it('names an attribute and its allowed values in Norwegian in a Last known error; the value given stays as given', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'nb', resources: { nb: { translation: nb } }, interpolation: { escapeValue: false } });
    expect(customerErrorText(i18n.t, customerProblems.attributeValueNotAllowed('Platinum', 'Loyalty tier', 'Bronze, Silver, Gold')))
      .toBe("'Platinum' er ikke en tillatt verdi for Lojalitetsnivå (tillatt: Bronse, Sølv, Gull).");
    expect(operationValueText(i18n.t, 'attribute:Preferred contact', 'E-mail')).toBe('E-post');
    expect(operationValueText(i18n.t, 'attribute:Preferred contact', 'Fax')).toBe('Fax');
    // A customer's own values are data.
    expect(operationValueText(i18n.t, 'name', 'Gold')).toBe('Gold');
  });
});

describe('The import’s refusals in the user’s language', () => {
  const catalogs = [['refusals', fileRefusals], ['rows', rowRefusals], ['places', rowPlaces]] as const;
  const values = ['usmf.zip', 'Transactions.csv', '1204', '200'];
  it.each(catalogs.flatMap(([section, catalog]) => Object.keys(catalog).map((key) => [section, key, catalog] as const)))('%s.%s is recognized, and its English key reads exactly as stored', (section, key, catalog) => {
    const make = (catalog as MessageCatalog)[key]!;
    const stored = make(...values.slice(0, make.length));
    const message = matchMessage(catalog, stored);
    expect(message?.key).toBe(key);
    const params = Object.fromEntries(message!.values.map((v, i) => [`p${i}`, v]));
    expect(fill((en.importMessages[section] as Record<string, string>)[key]!, params)).toBe(stored);
  });

  it('reads a refusal, a row’s reason and its place in Norwegian, and leaves a text no catalog has as written', () => {
    i18next.addResourceBundle('nb-NO', 'translation', nb);
    const t = i18next.getFixedT('nb-NO');
    expect(importText(t, fileRefusals.checksumMismatch('usmf.zip', 'Transactions.csv'))).toBe(
      'usmf.zip er skadet: dataene i Transactions.csv stemmer ikke med CRC-32-kontrollsummen, så verdiene kan ikke stoles på. Ingenting ble importert: eksporter pakken på nytt.');
    expect(importText(t, rowRefusals.aList('GrossAmount', '[1,2]'))).toBe('GrossAmount er en liste ([1,2]) der én verdi hører hjemme');
    expect(importText(t, rowPlaces.pageRow('4'))).toBe('rad 4 på siden');
    expect(importText(t, 'gross amount is not a number')).toBe('gross amount is not a number');
  });
});
