import type { ResourceDefinition } from '../../shared/builder/types';
import { associationsArea } from './associations';
import { businessesArea } from './businesses';
import { contactsArea } from './contacts';
import { customFieldsArea } from './customFields';
import { locationSettingsArea } from './locationSettings';
import { objectsArea } from './objects';
import { opportunitiesArea } from './opportunities';

/** The CRM node's resources, in the order the Resource list shows them. */
export const crmResources: ResourceDefinition[] = [
	...contactsArea,
	...opportunitiesArea,
	...businessesArea,
	...objectsArea,
	...associationsArea,
	...customFieldsArea,
	...locationSettingsArea,
];
