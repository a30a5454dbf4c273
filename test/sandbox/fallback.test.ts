interface Route {
	template: string;
}
interface SpecIndexLike {
	routes: Route[];
	match(method: string, path: string): { route: Route } | undefined;
	versions(route: Route): string[] | undefined;
}
// Plain CommonJS, run by `npm start` without a build step.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- untyped CommonJS module
const { SpecIndex } = require('../../sandbox/spec') as {
	SpecIndex: new (docsDir?: string) => SpecIndexLike;
};

/** Without HighLevel's OpenAPI files (a fresh clone elsewhere), the sandbox serves the spec facts' operations. */
test('the sandbox falls back to the operations of the spec facts', () => {
	const index = new SpecIndex(undefined);
	const get = index.match('GET', '/contacts/abc');
	expect(get?.route.template).toBe('/contacts/{contactId}');
	expect(index.versions(get!.route)).toEqual(['2021-07-28']);
	expect(index.match('POST', '/contacts/search')?.route.template).toBe('/contacts/search');
	expect(index.routes).toHaveLength(576);
	expect(index.versions(index.match('GET', '/calendars/')!.route)).toEqual(['2021-04-15']);
});
