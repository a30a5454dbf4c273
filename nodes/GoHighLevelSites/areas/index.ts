import type { ResourceDefinition } from '../../shared/builder/types';
import { coursesProposalsArea } from './coursesProposals';
import { formsArea } from './forms';
import { funnelsArea } from './funnels';
import { mediasArea } from './medias';

/** The Sites node's resources, in the order the Resource list shows them. */
export const sitesResources: ResourceDefinition[] = [
	...funnelsArea,
	...formsArea,
	...mediasArea,
	...coursesProposalsArea,
];
