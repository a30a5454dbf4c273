import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import facts from '../../shared/spec/knowledge-base.json';
import type { AreaFacts } from '../../shared/spec/types';
import { answerCursor, pageNumber } from '../../shared/transport/paging';
import { knowledgeBaseId as picker } from '../pickers';

/**
 * The Knowledge Base area (knowledge-base.json): what AI agents answer from — knowledge bases, their
 * FAQs and crawled web pages, 14 operations.
 */

const area = facts as unknown as AreaFacts;

const baseInputs: Record<string, InputChoice> = {
	knowledgeBaseId: picker,
	// `id` is also the FAQ ID (a plain ID): properties that share a name must share a type.
	id: { displayName: 'Knowledge Base ID' },
	name: { placeholder: 'e.g. Product FAQ', description: 'Name of the knowledge base' },
	query: { displayName: 'Search', description: 'Part of the knowledge base name' },
};

const faqInputs: Record<string, InputChoice> = {
	knowledgeBaseId: picker,
	id: { displayName: 'FAQ ID' },
	question: { placeholder: 'e.g. What are your opening hours?' },
	answer: { placeholder: 'e.g. Monday to Friday, 9 am to 5 pm' },
};

const urlInputs: Record<string, InputChoice> = {
	knowledgeBaseId: picker,
	url: { displayName: 'URL', placeholder: 'https://example.com/help' },
	option: {
		displayName: 'Scope',
		description: 'Crawl only this URL (Exact), the pages under its path (Path) or the whole domain',
	},
	urlIds: { displayName: 'URL IDs', description: 'Comma-separated IDs of crawled URLs' },
	operationId: {
		displayName: 'Operation ID',
		description: 'The crawl operation, as returned when the crawl was started',
	},
	query: { displayName: 'Search', description: 'Part of the URL' },
};

export const knowledgeBase: ResourceDefinition = {
	value: 'knowledgeBase',
	name: 'Knowledge Base',
	noun: { one: 'knowledge base', many: 'knowledge bases' },
	description: 'What AI agents answer from',
	facts: [area],
	operations: [
		{
			value: 'create',
			endpoint: 'POST /knowledge-bases/',
			description: 'Create an empty knowledge base for AI agents to answer from. Needs a name.',
			inputs: baseInputs,
			root: 'data',
		},
		{
			value: 'get',
			endpoint: 'GET /knowledge-bases/{knowledgeBaseId}',
			description: "Get one knowledge base. Needs the knowledge base's ID.",
			inputs: baseInputs,
			root: 'data',
		},
		{
			value: 'getAll',
			endpoint: 'GET /knowledge-bases/',
			description: 'List the knowledge bases of the location. A search text narrows them by name.',
			inputs: baseInputs,
			list: {
				records: 'data.knowledgeBases',
				paging: answerCursor({
					cursorField: 'lastKnowledgeBaseId',
					cursorAt: 'data.lastKnowledgeBaseId',
					limitField: 'limit',
					maxPageSize: 100,
				}),
			},
		},
		{
			value: 'update',
			endpoint: 'PUT /knowledge-bases/{id}',
			description:
				"Rename a knowledge base or change its description. Needs the knowledge base's ID.",
			inputs: baseInputs,
		},
		{
			value: 'delete',
			endpoint: 'DELETE /knowledge-bases/{knowledgeBaseId}',
			description:
				"Delete a knowledge base with its FAQs and crawled pages. Needs the knowledge base's ID.",
			inputs: baseInputs,
		},
	],
};

export const faq: ResourceDefinition = {
	value: 'faq',
	name: 'Knowledge Base FAQ',
	noun: { one: 'FAQ', many: 'FAQs' },
	description: 'Questions and answers in a knowledge base',
	facts: [area],
	operations: [
		{
			value: 'create',
			endpoint: 'POST /knowledge-bases/faqs',
			description:
				'Add a question and its answer to a knowledge base. Needs the knowledge base, the question and the answer.',
			inputs: faqInputs,
			root: 'faq',
		},
		{
			value: 'getAll',
			endpoint: 'GET /knowledge-bases/faqs',
			description: 'List the questions and answers of a knowledge base. Needs the knowledge base.',
			inputs: faqInputs,
			list: {
				records: 'faqs',
				paging: answerCursor({
					cursorField: 'lastFaqId',
					cursorAt: 'lastFaqId',
					limitField: 'limit',
					maxPageSize: 100,
				}),
			},
		},
		{
			value: 'update',
			endpoint: 'PUT /knowledge-bases/faqs/{id}',
			description:
				"Replace the question and answer of an FAQ. Needs the FAQ's ID, the question and the answer.",
			inputs: faqInputs,
		},
		{
			value: 'delete',
			endpoint: 'DELETE /knowledge-bases/faqs/{id}',
			description: "Delete an FAQ from its knowledge base. Needs the FAQ's ID.",
			inputs: faqInputs,
		},
	],
};

export const crawledUrl: ResourceDefinition = {
	value: 'crawledUrl',
	name: 'Knowledge Base URL',
	noun: { one: 'crawled URL', many: 'crawled URLs' },
	description: 'Web pages crawled into a knowledge base',
	facts: [area],
	operations: [
		{
			value: 'crawl',
			endpoint: 'POST /knowledge-bases/crawler',
			name: 'Crawl',
			action: 'Crawl a website into a knowledge base',
			description:
				'Start crawling a web page, its path or its whole domain into a knowledge base. Needs the knowledge base, the URL and the scope; the answer holds the operation ID for Get Crawl Status and Train.',
			inputs: urlInputs,
		},
		{
			value: 'getAll',
			endpoint: 'GET /knowledge-bases/crawler',
			description:
				'List the crawled URLs of a knowledge base with their status and content. Needs the knowledge base.',
			inputs: urlInputs,
			list: {
				records: 'urls',
				paging: pageNumber({
					in: 'qs',
					pageField: 'page',
					sizeField: 'pageLength',
					maxPageSize: 100,
				}),
			},
		},
		{
			value: 'getCrawlStatus',
			endpoint: 'GET /knowledge-bases/crawler/status',
			name: 'Get Crawl Status',
			action: 'Get the status of a crawl',
			description:
				'Tell whether a crawl has finished. Needs the knowledge base and the operation ID the crawl returned.',
			inputs: urlInputs,
		},
		{
			value: 'train',
			endpoint: 'POST /knowledge-bases/crawler/train',
			name: 'Train',
			action: 'Train a knowledge base on crawled URLs',
			description:
				'Add crawled URLs to what the knowledge base answers from. Needs the knowledge base, the URL IDs and the crawl operation ID.',
			inputs: urlInputs,
		},
		{
			value: 'delete',
			endpoint: 'DELETE /knowledge-bases/crawler',
			name: 'Delete',
			action: 'Delete crawled URLs',
			description:
				'Remove crawled URLs from a knowledge base. Needs the knowledge base and the URL IDs.',
			inputs: urlInputs,
		},
	],
};

export const knowledgeBaseArea: ResourceDefinition[] = [knowledgeBase, faq, crawledUrl];
