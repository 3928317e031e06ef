import type { Currency, ReleasedProduct, TenderType } from '../master-data/master-data';

export const demoItems: ReleasedProduct[] = [
  { itemId: '81113', name: 'Brown leather belt', price: 49 },
  { itemId: '81120', name: 'Casual sneakers', price: 89.5 },
  { itemId: '82001', name: 'Silver watch', price: 219 },
  { itemId: '91013', name: 'Wool scarf', price: 25 },
  { itemId: '91024', name: 'Denim jacket', price: 110 },
  { itemId: '92010', name: 'Aviator sunglasses', price: 135 },
  { itemId: '93004', name: 'Canvas backpack', price: 72 },
  { itemId: '94112', name: 'Running socks (3 pairs)', price: 15 },
];

/** USRT's tender types, with the ids of Dynamics 365's demo data. */
export const demoTenderTypes: TenderType[] = [
  { tenderTypeId: '1', name: 'Cash', method: 'cash' },
  { tenderTypeId: '2', name: 'Check', method: 'check' },
  { tenderTypeId: '3', name: 'Cards', method: 'card' },
  { tenderTypeId: '4', name: 'Customer account', method: 'customerAccount' },
  { tenderTypeId: '7', name: 'Gift card', method: 'giftCard' },
];

export const demoCurrencies: Currency[] = [
  { code: 'USD', name: 'US dollar' }, { code: 'NOK', name: 'Norwegian krone' }, { code: 'SEK', name: 'Swedish krona' }, { code: 'EUR', name: 'Euro' },
];

const firstNames = ['Karin', 'Ola', 'Ingrid', 'Lars', 'Maja', 'Erik', 'Sofia', 'Nils', 'Astrid', 'Henrik', 'Linnea', 'Jonas'];
const lastNames = ['Berg', 'Hansen', 'Lindqvist', 'Johansen', 'Nilsson', 'Dahl', 'Svensson', 'Larsen'];

export interface DemoCustomer {
  account: string;
  name: string;
}

export const demoCustomers: DemoCustomer[] = Array.from({ length: 48 }, (_, i) => ({
  account: String(4001 + i).padStart(6, '0'),
  name: `${firstNames[i % firstNames.length]} ${lastNames[(i * 5) % lastNames.length]}`,
}));

/** The charge code of freight on online orders (it posts to the posting profile's freight account). */
export const FREIGHT_CHARGE = 'FREIGHT';
