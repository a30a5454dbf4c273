'use strict';
// HighLevel's OAuth 2.0 for the sandbox: the Marketplace `chooselocation` page, `POST /oauth/token`
// (authorization code and refresh token grants, the refresh token rotated on every refresh),
// `POST /oauth/locationToken` (an agency token exchanged for a sub-account token) and
// `GET /oauth/installedLocations`. Tokens carry HighLevel's kinds: `Location` (one sub-account) and
// `Company` (the agency), and the API checks them the way HighLevel does (see `authorize`).
const crypto = require('node:crypto');
const { HttpError } = require('./contacts');

const NOT_ALLOWED = 'This authClass type is not allowed to access this scope.';

const token = (prefix) => `${prefix}-${crypto.randomBytes(16).toString('hex')}`;

function escapeHtml(text) {
	return String(text).replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
	);
}

/** Which kinds of token an operation accepts, from its security schemes (or the facts' token kind). */
function accepts(route) {
	const security = route.op.security;
	if (Array.isArray(security) && security.length) {
		const names = security.flatMap((s) => Object.keys(s));
		return {
			agency: names.some((n) => n.startsWith('Agency-Access')),
			sub: names.some((n) => n.startsWith('Location-Access') || n === 'bearer'),
			pit: !names.every((n) => n.endsWith('-Only')),
		};
	}
	const kind = route.op['x-token'];
	return {
		agency: kind !== 'sub',
		sub: kind !== 'agency',
		pit: route.op['x-pit'] !== false,
	};
}

class OAuthServer {
	/**
	 * @param {{ clientId: string, clientSecret: string, expiresIn: number, companyId: string,
	 *   userId: string, locations: { id: string, name: string }[], pit: { token: string,
	 *   locationId: string }, agencyPit: string }} cfg
	 */
	constructor(cfg) {
		this.cfg = cfg;
		this.reset();
	}

	reset() {
		this.codes = new Map(); // code -> { userType, locationId?, redirectUri, scope }
		this.refreshTokens = new Map(); // refresh token -> grant
		this.tokens = new Map(); // access token -> { userType, companyId, locationId?, expiresAt, pit }
		this.tokens.set(this.cfg.pit.token, {
			userType: 'Location',
			companyId: this.cfg.companyId,
			locationId: this.cfg.pit.locationId,
			pit: true,
		});
		this.tokens.set(this.cfg.agencyPit, {
			userType: 'Company',
			companyId: this.cfg.companyId,
			pit: true,
		});
		this.grants = []; // token endpoint calls: { grantType, userType, locationId, at }
		this.exchanges = []; // locationToken calls: { locationId, at }
	}

	/** Control view: what was issued and exchanged (no token values). */
	view() {
		return {
			clientId: this.cfg.clientId,
			locations: this.cfg.locations,
			companyId: this.cfg.companyId,
			grants: this.grants,
			exchanges: this.exchanges,
			activeTokens: [...this.tokens.values()].filter((t) => !t.pit && !(t.expiresAt <= Date.now()))
				.length,
		};
	}

	/** Every OAuth access token issued so far stops working (HighLevel answers 401 until a refresh). */
	expireAll() {
		let n = 0;
		for (const t of this.tokens.values())
			if (!t.pit && !(t.expiresAt <= Date.now())) {
				t.expiresAt = 0;
				n++;
			}
		return n;
	}

	location(id) {
		return this.cfg.locations.find((l) => l.id === id);
	}

	/** The Marketplace page where an admin picks where to install the app. */
	chooseLocationPage(url) {
		const q = Object.fromEntries(url.searchParams);
		const problem =
			q.response_type !== 'code'
				? 'response_type must be "code"'
				: q.client_id !== this.cfg.clientId
					? 'Unknown client_id'
					: !q.redirect_uri
						? 'redirect_uri is required'
						: undefined;
		const grant = (params) =>
			`${url.pathname.replace(/\/$/, '')}/grant?${new URLSearchParams({ ...q, ...params })}`;
		const items = problem
			? `<p id="error">${escapeHtml(problem)}</p>`
			: [
					...this.cfg.locations.map(
						(l) =>
							`<li><a class="location" data-location-id="${escapeHtml(l.id)}" href="${escapeHtml(grant({ location: l.id }))}">${escapeHtml(l.name)}</a> <small>${escapeHtml(l.id)}</small></li>`,
					),
					`<li><a class="agency" data-company-id="${escapeHtml(this.cfg.companyId)}" href="${escapeHtml(grant({ agency: '1' }))}">Agency: install for the company and its sub-accounts</a></li>`,
				].join('\n');
		return `<!doctype html><html><head><meta charset="utf-8"><title>HighLevel sandbox: choose an account</title></head>
<body><h1>Choose an account</h1><p>Install <b>${escapeHtml(q.client_id || '')}</b> with scopes <code>${escapeHtml(q.scope || '')}</code></p>
<ul>${items}</ul></body></html>`;
	}

	/** The admin's choice: back to the app's redirect URI with a one-time code. */
	grantRedirect(url) {
		const q = Object.fromEntries(url.searchParams);
		if (q.client_id !== this.cfg.clientId || !q.redirect_uri)
			throw new HttpError(400, 'Unknown client_id or no redirect_uri', 'Bad Request');
		const agency = q.agency === '1';
		if (!agency && !this.location(q.location))
			throw new HttpError(400, 'Unknown location', 'Bad Request');
		const code = token('code');
		this.codes.set(code, {
			userType: agency ? 'Company' : 'Location',
			locationId: agency ? undefined : q.location,
			redirectUri: q.redirect_uri,
			scope: q.scope || '',
		});
		const target = new URL(q.redirect_uri);
		target.searchParams.set('code', code);
		if (q.state) target.searchParams.set('state', q.state);
		return target.toString();
	}

	issue(grant) {
		const accessToken = token('at');
		const expiresAt = Date.now() + this.cfg.expiresIn * 1000;
		this.tokens.set(accessToken, {
			userType: grant.userType,
			companyId: this.cfg.companyId,
			locationId: grant.locationId,
			expiresAt,
			pit: false,
		});
		return { accessToken, expiresAt };
	}

	/** `POST /oauth/token`, form-encoded as HighLevel documents it. */
	token(body) {
		const fail = (error, description) => {
			const e = new HttpError(error === 'invalid_client' ? 401 : 400, description, error);
			e.body.error_description = description;
			throw e;
		};
		if (body.client_id !== this.cfg.clientId || body.client_secret !== this.cfg.clientSecret)
			fail('invalid_client', 'Invalid client: client credentials are invalid');
		let grant;
		if (body.grant_type === 'authorization_code') {
			grant = this.codes.get(body.code);
			if (!grant) fail('invalid_grant', 'Invalid grant: authorization code is invalid');
			this.codes.delete(body.code);
			if (body.redirect_uri && body.redirect_uri !== grant.redirectUri)
				fail('invalid_grant', 'Invalid grant: redirect_uri does not match');
		} else if (body.grant_type === 'refresh_token') {
			grant = this.refreshTokens.get(body.refresh_token);
			if (!grant) fail('invalid_grant', 'Invalid grant: refresh token is invalid');
			// Rotated: the refresh token used is spent.
			this.refreshTokens.delete(body.refresh_token);
		} else {
			fail('unsupported_grant_type', `grant_type ${body.grant_type} is not supported here`);
		}
		const refreshToken = token('rt');
		this.refreshTokens.set(refreshToken, grant);
		const { accessToken } = this.issue(grant);
		this.grants.push({
			grantType: body.grant_type,
			userType: grant.userType,
			locationId: grant.locationId,
			at: new Date().toISOString(),
		});
		return {
			access_token: accessToken,
			token_type: 'Bearer',
			expires_in: this.cfg.expiresIn,
			refresh_token: refreshToken,
			scope: grant.scope,
			userType: grant.userType,
			companyId: this.cfg.companyId,
			...(grant.locationId ? { locationId: grant.locationId } : {}),
			userId: this.cfg.userId,
			isBulkInstallation: grant.userType === 'Company',
			...(grant.userType === 'Company'
				? { approvedLocations: this.cfg.locations.map((l) => l.id) }
				: {}),
		};
	}

	/**
	 * The token of an API request, checked as HighLevel does: 401 when unknown or expired, or when
	 * its kind (agency or sub-account, Private Integration Token or OAuth) is not one the operation
	 * accepts; 403 when a sub-account token names another location.
	 * @returns {{ userType: string, companyId: string, locationId?: string, pit: boolean, key: string }}
	 */
	authorize(authorization, route, locations) {
		const m = /^Bearer\s+(.+)$/i.exec(authorization || '');
		const t = m && this.tokens.get(m[1].trim());
		if (!t || t.expiresAt <= Date.now()) throw new HttpError(401, 'Invalid JWT', 'Unauthorized');
		const rule = accepts(route);
		const agency = t.userType === 'Company';
		if ((agency && !rule.agency) || (!agency && !rule.sub) || (t.pit && !rule.pit))
			throw new HttpError(401, NOT_ALLOWED, 'Unauthorized');
		if (!agency && !t.pit && locations.some((l) => l && l !== t.locationId))
			throw new HttpError(403, 'The token does not have access to this location.', 'Forbidden');
		return {
			...t,
			key: agency ? `company:${t.companyId}` : `location:${t.locationId}`,
		};
	}

	/** `POST /oauth/locationToken`: an agency token → a sub-account token (the caller is authorized). */
	locationToken(caller, body) {
		if (body.companyId !== caller.companyId)
			throw new HttpError(400, 'companyId does not match the token', 'Bad Request');
		const location = this.location(body.locationId);
		if (!location)
			throw new HttpError(400, 'Location not found or app not installed', 'Bad Request');
		const { accessToken } = this.issue({ userType: 'Location', locationId: location.id });
		this.exchanges.push({ locationId: location.id, at: new Date().toISOString() });
		return {
			access_token: accessToken,
			token_type: 'Bearer',
			expires_in: this.cfg.expiresIn,
			scope: '',
			locationId: location.id,
			userId: this.cfg.userId,
		};
	}

	installedLocations(query) {
		const skip = Number(query.skip || 0);
		const limit = Number(query.limit || 20);
		const term = String(query.query || '').toLowerCase();
		const all = this.cfg.locations
			.filter((l) => !term || l.name.toLowerCase().includes(term))
			.map((l) => ({ _id: l.id, name: l.name, address: '', isInstalled: true }));
		return { locations: all.slice(skip, skip + limit), count: all.length };
	}
}

module.exports = { OAuthServer, accepts };
