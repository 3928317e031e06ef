/** Feature management: the features that govern asynchronous customers (DOMAIN.md, flow 2). */
export const FEATURES = {
  'customer-orders-performance': { name: 'Performance improvements for customer orders and customer transactions', prerequisites: [] },
  'extended-async-customer-creation': { name: 'Enable extended async customer creation', prerequisites: [] },
  'async-customer-addresses': { name: 'Enable creating customer addresses asynchronously', prerequisites: [] },
  'async-customer-editing': {
    name: 'Enable editing customers in asynchronous mode',
    prerequisites: ['customer-orders-performance', 'extended-async-customer-creation', 'async-customer-addresses'],
  },
} as const satisfies Record<string, { name: string; prerequisites: readonly string[] }>;

export type FeatureId = keyof typeof FEATURES;
export const FEATURE_IDS = Object.keys(FEATURES) as FeatureId[];
export type FeatureFlags = Record<FeatureId, boolean>;

export interface FeatureState {
  id: FeatureId;
  enabled: boolean;
  changedAt: string | null;
}

/** The downloads that must reach a channel before it acts on a feature change. */
export const FEATURE_DOWNLOADS = ['1110', '1010', '1070'] as const;
