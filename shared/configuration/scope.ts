import type { HqDatabase } from '../db/hq-database';
import type { Store } from './organization';
import type { OrgScope } from '../runner/jobs';
import { scopeLabels } from './scope-labels';

/** The stores under a node of "Stores by region". */
export async function storesInScope(db: HqDatabase, scope: OrgScope): Promise<Store[]> {
  switch (scope.kind) {
    case 'all':
      return db.stores.toArray();
    case 'region':
      return db.stores.where('regionId').equals(scope.id).toArray();
    case 'store':
      return db.stores.where('id').equals(scope.id).toArray();
  }
}

export async function scopeLabel(db: HqDatabase, scope: OrgScope): Promise<string> {
  switch (scope.kind) {
    case 'all':
      return scopeLabels.allStores();
    case 'region':
      return scopeLabels.region((await db.regions.get(scope.id))?.name ?? scope.id);
    case 'store':
      return scopeLabels.store((await db.stores.get(scope.id))?.name ?? scope.id);
  }
}
