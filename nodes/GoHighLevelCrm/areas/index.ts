import type { ResourceDefinition } from '../../shared/builder/types';
import { contactsArea } from './contacts';

/** The CRM node's resources, area by area, in the order the Resource list shows them. */
export const crmResources: ResourceDefinition[] = [...contactsArea];
