import type { INodeProperties, INodePropertyCollection, INodePropertyOptions } from 'n8n-workflow';

type Option = INodeProperties | INodePropertyOptions | INodePropertyCollection;

/** Every property of a node, nested ones (collection and fixedCollection fields) included. */
export function countProperties(properties: INodeProperties[]): number {
	let count = 0;
	const visit = (property: INodeProperties) => {
		count++;
		if (property.type !== 'collection' && property.type !== 'fixedCollection') return;
		for (const option of (property.options ?? []) as Option[]) {
			if ('values' in option && Array.isArray(option.values)) option.values.forEach(visit);
			else if ('type' in option) visit(option as INodeProperties);
		}
	};
	properties.forEach(visit);
	return count;
}
