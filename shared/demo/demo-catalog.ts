import type { Cents } from '../domain/transactions';

export interface CatalogItem {
  itemId: string;
  name: string;
  price: Cents;
}

export const demoItems: CatalogItem[] = [
  { itemId: '81113', name: 'Brown leather belt', price: 4900 },
  { itemId: '81120', name: 'Casual sneakers', price: 8950 },
  { itemId: '82001', name: 'Silver watch', price: 21900 },
  { itemId: '91013', name: 'Wool scarf', price: 2500 },
  { itemId: '91024', name: 'Denim jacket', price: 11000 },
  { itemId: '92010', name: 'Aviator sunglasses', price: 13500 },
  { itemId: '93004', name: 'Canvas backpack', price: 7200 },
  { itemId: '94112', name: 'Running socks (3 pairs)', price: 1500 },
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

/** Freight on online orders posts to this main account (see engine/posting.ts). */
export const FREIGHT_CHARGE = 'FREIGHT';
export const TAX_RATE_PERCENT = 8;
