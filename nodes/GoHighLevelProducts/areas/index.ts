import type { ResourceDefinition } from '../../shared/builder/types';
import { productsArea } from './products';
import { storeArea } from './store';

/** The Products node's resources: products.json and store.json. */
export const productsResources: ResourceDefinition[] = [...productsArea, ...storeArea];
