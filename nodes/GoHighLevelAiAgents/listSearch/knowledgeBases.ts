import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { editorRequest } from '../../shared/transport/editorRequest';

const PAGE_SIZE = 50;

/** Knowledge base picker: HighLevel's knowledge base search by name, by last knowledge base ID. */
export async function searchKnowledgeBases(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const qs: IDataObject = { limit: PAGE_SIZE };
	if (filter?.trim()) qs.query = filter.trim();
	if (paginationToken) qs.lastKnowledgeBaseId = paginationToken;
	const response = await editorRequest.call(this, {
		method: 'GET',
		path: '/knowledge-bases/',
		version: '2021-04-15',
		scopes: [],
		qs,
		location: { in: 'query', name: 'locationId' },
	});
	const data = (response.data ?? {}) as IDataObject;
	const bases = Array.isArray(data.knowledgeBases) ? (data.knowledgeBases as IDataObject[]) : [];
	const cursor = data.lastKnowledgeBaseId;
	return {
		results: bases.map((base) => ({ name: String(base.name || base.id), value: String(base.id) })),
		paginationToken:
			data.hasMore === true && typeof cursor === 'string' && cursor ? cursor : undefined,
	};
}
