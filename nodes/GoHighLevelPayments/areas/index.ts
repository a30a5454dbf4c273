import type { ResourceDefinition } from '../../shared/builder/types';
import { invoicesArea } from './invoices';
import { paymentsArea } from './payments';

/** The Payments node's resources: payments.json and invoices.json. */
export const paymentsResources: ResourceDefinition[] = [...paymentsArea, ...invoicesArea];
