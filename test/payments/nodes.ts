import { GoHighLevelPayments } from '../../nodes/GoHighLevelPayments/GoHighLevelPayments.node';
import { GoHighLevelProducts } from '../../nodes/GoHighLevelProducts/GoHighLevelProducts.node';
import { loadDeclarativeNode } from '../helpers/harness';

/** The Payments and Products nodes as n8n's loader prepares them. */
export const paymentsNode = loadDeclarativeNode(new GoHighLevelPayments());
export const productsNode = loadDeclarativeNode(new GoHighLevelProducts());
