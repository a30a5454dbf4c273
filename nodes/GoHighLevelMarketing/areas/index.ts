import type { ResourceDefinition } from '../../shared/builder/types';
import { blogsArea } from './blogs';
import { brandsAffiliatesArea } from './brandsAffiliates';
import { emailsArea } from './emails';
import { socialPlannerArea } from './socialPlanner';

/** The Marketing node's resources, in the order the Resource list shows them. */
export const marketingResources: ResourceDefinition[] = [
	...socialPlannerArea,
	...emailsArea,
	...blogsArea,
	...brandsAffiliatesArea,
];
