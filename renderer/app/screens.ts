export const SCREENS = [
  'online-transactions', 'store-transactions', 'customer-sync-status', 'channel-databases',
  'distribution-schedule', 'batch-jobs', 'run-history', 'upload-sessions',
  'number-sequences', 'payment-services', 'account-structures', 'feature-management',
] as const;
export type ScreenId = (typeof SCREENS)[number];

export const isScreen = (value: string): value is ScreenId => (SCREENS as readonly string[]).includes(value);
export const screenHref = (screen: ScreenId): string => `#/${screen}`;
