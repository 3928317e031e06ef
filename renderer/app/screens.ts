export const SCREENS = [
  'workspace', 'online-transactions', 'store-transactions', 'customer-sync-status', 'channel-databases',
  'distribution-schedule', 'batch-jobs', 'run-history', 'upload-sessions',
  'number-sequences', 'payment-services', 'account-structures', 'feature-management', 'import', 'hq-connections',
  'coupled-sync-errors', 'coupled-customers',
] as const;
export type ScreenId = (typeof SCREENS)[number];

export const isScreen = (value: string): value is ScreenId => (SCREENS as readonly string[]).includes(value);
export const screenHref = (screen: ScreenId): string => `#/${screen}`;

/** Opens a screen from code (a menu command, files dropped on the window): the hash is the one place the open screen lives. */
export const openScreen = (screen: ScreenId): void => {
  window.location.hash = screenHref(screen);
};
