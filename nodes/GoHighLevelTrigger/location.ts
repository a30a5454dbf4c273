import type { IDataObject } from 'n8n-workflow';

type Field = 'locationId' | 'location.id' | 'altId' | 'id' | 'locations';

const isObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string[] =>
	typeof value === 'string' && value !== '' ? [value] : [];

const READ: Record<Field, (payload: IDataObject) => string[]> = {
	locationId: (p) => text(p.locationId),
	// The workflow Webhook action sends the sub-account as an object.
	'location.id': (p) => (isObject(p.location) ? text(p.location.id) : []),
	// Invoices and orders name their location as altId with altType "location".
	altId: (p) => (p.altType === 'location' ? text(p.altId) : []),
	id: (p) => text(p.id),
	locations: (p) => (Array.isArray(p.locations) ? p.locations.flatMap(text) : []),
};

/** Fields that name the sub-account in any payload that has them. */
const ANY_EVENT: Field[] = ['locationId', 'location.id', 'altId'];

/**
 * Fields that name the sub-account only in some events, from HighLevel's webhook event docs.
 * Every other event names it as `locationId`, or as `altId` (invoices, orders). Agency-level
 * deliveries carry only `companyId` (AppInstall and AppUninstall for an agency) and name no
 * sub-account at all.
 */
const PER_EVENT: Record<string, Field[]> = {
	LocationCreate: ['id'],
	LocationUpdate: ['id'],
	// An agency user has no locationId, only the sub-accounts it may use.
	UserCreate: ['locations'],
};

/** The sub-account ids a delivery names; empty when it names none. */
export function locationsOf(payload: IDataObject, event: string | undefined): string[] {
	const fields = [...ANY_EVENT, ...((event && PER_EVENT[event]) || [])];
	return [...new Set(fields.flatMap((field) => READ[field](payload)))];
}
