import type { ChannelCatalog } from '../channel/simulator/channel-catalog';
import { HQ_PARAMETERS_ID, type HqParameters } from '../master-data/master-data';
import { demoCustomers, demoItems, FREIGHT_CHARGE } from './demo-catalog';
import { CUSTOMER_ACCOUNT_SEQUENCE } from './demo-customers';
import { SALES_ORDER_SEQUENCE } from './demo-organization';

/** The company in the transactions' key (DataAreaId is stored in lower case, as HQ exports it). */
export const DATA_AREA_ID = 'usrt';

/** Company USRT's parameters: its number sequences, the freight charge code, and the posting profile. */
export const demoParameters: HqParameters = {
  id: HQ_PARAMETERS_ID,
  dataAreaId: DATA_AREA_ID,
  salesOrderSequence: SALES_ORDER_SEQUENCE,
  customerAccountSequence: CUSTOMER_ACCOUNT_SEQUENCE,
  freightChargeCode: FREIGHT_CHARGE,
  postingProfile: {
    salesRevenue: '401100',
    salesTax: '222200',
    freight: '618160',
    payment: { card: '110140', cash: '110110', giftCard: '243100', customerAccount: '130100', check: '110120' },
  },
};

/** What the demo's channels sell and take before HQ's tables are written: the same as readChannelCatalog reads from them after. */
export const demoChannelCatalog: ChannelCatalog = {
  dataAreaId: DATA_AREA_ID,
  items: demoItems,
  tenders: { cash: '1', card: '3', customerAccount: '4', giftCard: '7' },
  freightChargeCode: FREIGHT_CHARGE,
  customers: demoCustomers,
};
