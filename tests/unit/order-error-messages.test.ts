import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n/en';
import { nb } from '../../renderer/i18n/nb';
import { orderErrorMessage, orderErrors } from '../../shared/engine/order-errors';

const fill = (template: string, params: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => params[name] ?? `{{${name}}}`);

describe('Order error details in the user’s language', () => {
  it.each([
    orderErrors.numberSequenceExceeded(),
    orderErrors.noDefaultPaymentService(),
    orderErrors.accountStructure('618160'),
    orderErrors.customerNotReached('ASYNC-0042'),
    orderErrors.customerFailed('ASYNC-0042', 'op-7', 'The address is missing its City, which is mandatory.\nSecond line.'),
  ])('recognizes HQ’s text, and its English key reads exactly as stored: %s', (details) => {
    const message = orderErrorMessage(details);
    expect(message).not.toBeNull();
    expect(fill(en.orderErrors[message!.key], message!.params)).toBe(details);
  });

  it('reads in Norwegian with the values of the stored text', () => {
    const message = orderErrorMessage(orderErrors.accountStructure('618160'))!;
    expect(fill(nb.orderErrors[message.key], message.params)).toBe('Kontostruktur for kombinasjonen 618160 er ikke gyldig for finanskontoen Delt hovedkonto for firma usrt. Posteringen er avbrutt.');
  });

  it('leaves a data problem as it is stored', () => {
    expect(orderErrorMessage('Sales transactions, line 1: quantity is missing.')).toBeNull();
  });
});
