/** Labels for inputs and operations, derived from the API's names when a definition gives none. */

const WORDS: Record<string, string> = {
	id: 'ID',
	ids: 'IDs',
	url: 'URL',
	urls: 'URLs',
	dnd: 'DND',
	sms: 'SMS',
	api: 'API',
	utm: 'UTM',
	ip: 'IP',
	q: 'Query',
};

/** `pipelineStageId` → "Pipeline Stage ID", `location_id` → "Location ID". */
export function labelOf(name: string): string {
	const words = name
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
		.split(/[\s_.-]+/)
		.filter(Boolean);
	return words
		.map((word) => WORDS[word.toLowerCase()] ?? word.charAt(0).toUpperCase() + word.slice(1))
		.join(' ');
}

export interface Noun {
	/** "contact" */
	one: string;
	/** "contacts" */
	many: string;
}

/** n8n's names for the usual operations; others must be named by their definition. */
export function defaultLabels(
	value: string,
	noun: Noun,
): { name: string; action: string } | undefined {
	const article = /^[aeiou]/i.test(noun.one) ? 'an' : 'a';
	switch (value) {
		case 'create':
			return { name: 'Create', action: `Create ${article} ${noun.one}` };
		case 'upsert':
			return { name: 'Create or Update', action: `Create or update ${article} ${noun.one}` };
		case 'get':
			return { name: 'Get', action: `Get ${article} ${noun.one}` };
		case 'getAll':
			return { name: 'Get Many', action: `Get many ${noun.many}` };
		case 'update':
			return { name: 'Update', action: `Update ${article} ${noun.one}` };
		case 'delete':
			return { name: 'Delete', action: `Delete ${article} ${noun.one}` };
		default:
			return undefined;
	}
}
