interface Route {
	template: string;
}
interface SpecIndexLike {
	routes: Route[];
	match(method: string, path: string): { route: Route } | undefined;
	versions(route: Route): string[] | undefined;
}
// Plain CommonJS, run by `npm start` without a build step; reads the checked-in spec facts.
const { SpecIndex } = require('../../sandbox/spec') as {
	SpecIndex: new (docsDir?: string) => SpecIndexLike;
};

/** Without HighLevel's OpenAPI files (a fresh clone elsewhere), the sandbox serves this package's own operations. */
test('the sandbox falls back to the operations this package defines', () => {
	const index = new SpecIndex(undefined);
	const get = index.match('GET', '/contacts/abc');
	expect(get?.route.template).toBe('/contacts/{contactId}');
	expect(index.versions(get!.route)).toEqual(['2021-07-28']);
	expect(index.match('POST', '/contacts/search')?.route.template).toBe('/contacts/search');
	const calendar = index.match('GET', '/calendars/events/appointments/apt1');
	expect(calendar?.route.template).toBe('/calendars/events/appointments/{eventId}');
	expect(index.versions(calendar!.route)).toEqual(['2021-04-15']);
	expect(index.routes).toHaveLength(32 + 41);
});
