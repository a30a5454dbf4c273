import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	PreSendAction,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Money checks made before any request: an amount is a finite number of zero or more (a numeric text
 * from an expression is turned into its number), a currency a three-letter ISO 4217 code (sent in
 * capitals). Errors name the field as the user sees it.
 */

export type Fail = (problem: string, fix: string) => never;

export function failer(fn: IExecuteSingleFunctions): (label: string) => Fail {
	return (label) => (problem, fix) => {
		throw new NodeOperationError(fn.getNode(), `"${label}" ${problem}`, {
			description: fix,
			itemIndex: fn.getItemIndex(),
		});
	};
}

export function checkAmount(value: unknown, fail: Fail, options: { max?: number } = {}): number {
	const number =
		typeof value === 'number'
			? value
			: typeof value === 'string' && value.trim() !== ''
				? Number(value.trim())
				: Number.NaN;
	if (!Number.isFinite(number)) {
		fail(
			`must be a number, not ${JSON.stringify(value)}`,
			'Give the amount as a number in the currency’s main unit, e.g. 19.99.',
		);
	}
	if (number < 0) fail(`cannot be negative (${number})`, 'Give an amount of 0 or more.');
	if (options.max !== undefined && number > options.max) {
		fail(`cannot be more than ${options.max} (${number})`, `Give a value up to ${options.max}.`);
	}
	return number;
}

export function checkCurrency(value: unknown, fail: Fail): string {
	const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
	if (!/^[A-Z]{3}$/.test(code)) {
		fail(
			`must be a three-letter currency code, not ${JSON.stringify(value)}`,
			'Use an ISO 4217 code such as USD, EUR or GBP.',
		);
	}
	return code;
}

export interface MoneyFields {
	/** Body properties holding a currency code, with their labels. */
	currency?: Record<string, string>;
	/** Body properties holding an amount, with their labels. */
	amounts?: Record<string, string>;
	/** Body properties holding a percentage (0 to 100), with their labels. */
	percentages?: Record<string, string>;
}

/** A preSend that checks the body's money fields named here, wherever the operation has them. */
export function moneyCheck(fields: MoneyFields): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const body = options.body;
		if (!body || typeof body !== 'object' || Array.isArray(body)) return options;
		const bag = body as IDataObject;
		const fail = failer(this);
		for (const [name, label] of Object.entries(fields.currency ?? {})) {
			if (bag[name] !== undefined && bag[name] !== '')
				bag[name] = checkCurrency(bag[name], fail(label));
		}
		for (const [name, label] of Object.entries(fields.amounts ?? {})) {
			if (bag[name] !== undefined && bag[name] !== '')
				bag[name] = checkAmount(bag[name], fail(label));
		}
		for (const [name, label] of Object.entries(fields.percentages ?? {})) {
			if (bag[name] !== undefined && bag[name] !== '')
				bag[name] = checkAmount(bag[name], fail(label), { max: 100 });
		}
		return options;
	};
}
