import type { TFunction } from 'i18next';
import { scopeLabels } from '../../../shared/configuration/scope-labels';
import { matchMessage } from '../../../shared/platform/message-catalog';

/** A run's scope, stored in English, in the user's language; names (a region's, a store's, a group's) are HQ's and stay as they are. */
export function scopeLabelText(t: TFunction, label: string): string {
  const message = matchMessage(scopeLabels, label);
  const name = message?.values[0] ?? '';
  switch (message?.key) {
    case 'allStores':
      return t('runs.scopes.allStores');
    case 'region':
      return t('jobs.region', { name });
    case 'store':
      return t('jobs.store', { name });
    case 'allGroups':
      return t('distribution.allGroups');
    case 'groups':
      return t('runs.scopes.groups', { names: name });
    case 'headquarters':
      return t('batchJobs.headquarters');
    case 'workspace':
      return t('runs.scopes.workspace', { name });
    case undefined:
      return label;
  }
}
