import type { ResourceDefinition } from '../../shared/builder/types';
import { appointmentsArea } from './appointments';
import { calendarsArea } from './calendars';
import { freeSlotsArea } from './freeSlots';
import { groupsArea } from './groups';
import { notificationsArea } from './notifications';
import { resourcesArea } from './resources';
import { schedulesArea } from './schedules';

/** The Calendars node's resources: every operation of calendars.json. */
export const calendarsResources: ResourceDefinition[] = [
	...appointmentsArea,
	...freeSlotsArea,
	...calendarsArea,
	...groupsArea,
	...resourcesArea,
	...notificationsArea,
	...schedulesArea,
];
