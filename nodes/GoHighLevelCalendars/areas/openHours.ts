import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * A calendar's weekly open hours, `openHours: [{ daysOfTheWeek: [1, 2], hours: [{ openHour, openMinute,
 * closeHour, closeMinute }] }]`, entered as a list of "days + from + to" rows: rows with the same
 * days become one entry with several hour ranges.
 */

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

interface Row {
	days?: Array<number | string>;
	from?: string;
	to?: string;
}

export type OpenHours = Array<{
	daysOfTheWeek: number[];
	hours: Array<{ openHour: number; openMinute: number; closeHour: number; closeMinute: number }>;
}>;

/** Rows → HighLevel's shape; `fail` names the row and what to fix. */
export function openHoursFromRows(
	rows: Row[],
	fail: (problem: string, fix: string) => never,
): OpenHours {
	const byDays = new Map<string, OpenHours[number]>();
	rows.forEach((row, index) => {
		const which = `row ${index + 1}`;
		const days = [...new Set((row.days ?? []).map(Number))].sort((a, b) => a - b);
		if (!days.length || days.some((d) => !Number.isInteger(d) || d < 0 || d > 6)) {
			fail(`${which} has no days`, 'Pick at least one day of the week in every row.');
		}
		const from = TIME.exec(String(row.from ?? '').trim());
		const to = TIME.exec(String(row.to ?? '').trim());
		if (!from || !to) {
			fail(
				`${which} needs "From" and "To" as HH:MM (24-hour), got "${row.from ?? ''}" to "${row.to ?? ''}"`,
				'Write times such as 09:00 and 17:30.',
			);
		}
		const [openHour, openMinute, closeHour, closeMinute] = [from![1], from![2], to![1], to![2]].map(
			Number,
		);
		if (closeHour * 60 + closeMinute <= openHour * 60 + openMinute) {
			fail(`${which} closes before it opens`, '"To" must be later than "From" on the same day.');
		}
		const key = days.join(',');
		const entry = byDays.get(key) ?? { daysOfTheWeek: days, hours: [] };
		entry.hours.push({ openHour, openMinute, closeHour, closeMinute });
		byDays.set(key, entry);
	});
	return [...byDays.values()];
}

async function sendOpenHours(
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const body = options.body as IDataObject | undefined;
	const value = body?.openHours as { range?: Row[] } | Row[] | undefined;
	if (!body || value === undefined) return options;
	const rows = Array.isArray(value) ? value : (value.range ?? []);
	if (!rows.length) {
		delete body.openHours;
		return options;
	}
	const fail = (problem: string, fix: string): never => {
		throw new NodeOperationError(this.getNode(), `"Open Hours" ${problem}`, {
			description: fix,
			itemIndex: this.getItemIndex(),
		});
	};
	body.openHours = openHoursFromRows(rows, fail) as unknown as IDataObject[];
	return options;
}

export const openHours: INodeProperties = {
	displayName: 'Open Hours',
	name: 'openHours',
	type: 'fixedCollection',
	placeholder: 'Add Open Hours',
	typeOptions: { multipleValues: true },
	default: {},
	description:
		'When the calendar takes bookings each week. Add a row per time range; rows with the same days are sent together.',
	options: [
		{
			displayName: 'Range',
			name: 'range',
			values: [
				{
					displayName: 'Days',
					name: 'days',
					type: 'multiOptions',
					options: DAYS.map((name, value) => ({ name, value })),
					default: [1, 2, 3, 4, 5],
				},
				{
					displayName: 'From',
					name: 'from',
					type: 'string',
					default: '09:00',
					placeholder: '09:00',
					description: 'Opening time, HH:MM (24-hour)',
				},
				{
					displayName: 'To',
					name: 'to',
					type: 'string',
					default: '17:00',
					placeholder: '17:00',
					description: 'Closing time, HH:MM (24-hour)',
				},
			],
		},
	],
	routing: { send: { type: 'body', property: 'openHours', preSend: [sendOpenHours] } },
};
