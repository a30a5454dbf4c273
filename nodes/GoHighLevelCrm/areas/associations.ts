import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import facts from '../../shared/spec/associations.json';
import type { AreaFacts } from '../../shared/spec/types';
import { offsetLimit } from '../../shared/transport/paging';

/**
 * The Associations API area (associations.json): how objects relate (associations) and which
 * records are linked (relations), 10 operations. Its list answers are not described by the spec,
 * so their records are read from whichever array the answer holds.
 */

const associations = facts as AreaFacts;

const skipLimit = () =>
	offsetLimit({ in: 'qs', offsetField: 'skip', limitField: 'limit', maxPageSize: 100 });

const inputs: Record<string, InputChoice> = {
	associationId: { displayName: 'Association ID' },
	key: { description: 'Unique key of the association, e.g. student_teacher' },
	key_name: { displayName: 'Association Key' },
	objectKey: { displayName: 'Object Key', placeholder: 'custom_objects.pets' },
	firstObjectKey: { placeholder: 'custom_objects.students' },
	secondObjectKey: { placeholder: 'contact' },
	firstObjectLabel: { placeholder: 'student' },
	secondObjectLabel: { placeholder: 'teacher' },
	recordId: { displayName: 'Record ID' },
	relationId: { displayName: 'Relation ID' },
	firstRecordId: { displayName: 'First Record ID' },
	secondRecordId: { displayName: 'Second Record ID' },
	associationIds: {
		displayName: 'Association IDs',
		description: 'Comma-separated; only relations of these associations',
	},
};

export const association: ResourceDefinition = {
	value: 'association',
	name: 'Association',
	noun: { one: 'association', many: 'associations' },
	description: 'Kinds of links between objects',
	facts: [associations],
	operations: [
		{ value: 'create', endpoint: 'POST /associations/', inputs },
		{ value: 'get', endpoint: 'GET /associations/{associationId}', inputs },
		{
			value: 'getByKey',
			endpoint: 'GET /associations/key/{key_name}',
			name: 'Get by Key',
			action: 'Get an association by its key',
			inputs,
		},
		{
			value: 'getAll',
			endpoint: 'GET /associations/',
			inputs,
			list: { records: '*', paging: skipLimit() },
		},
		{
			value: 'getAllByObject',
			endpoint: 'GET /associations/objectKey/{objectKey}',
			name: 'Get Many by Object',
			action: 'Get many associations of an object',
			inputs,
			list: { records: '*' },
		},
		{ value: 'update', endpoint: 'PUT /associations/{associationId}', inputs },
		{ value: 'delete', endpoint: 'DELETE /associations/{associationId}', inputs },
	],
};

export const relation: ResourceDefinition = {
	value: 'relation',
	name: 'Relation',
	noun: { one: 'relation', many: 'relations' },
	description: 'Links between two records',
	facts: [associations],
	operations: [
		{ value: 'create', endpoint: 'POST /associations/relations', inputs },
		{
			value: 'getAll',
			endpoint: 'GET /associations/relations/{recordId}',
			action: 'Get many relations of a record',
			inputs,
			list: { records: '*', paging: skipLimit() },
		},
		{ value: 'delete', endpoint: 'DELETE /associations/relations/{relationId}', inputs },
	],
};

export const associationsArea: ResourceDefinition[] = [association, relation];
