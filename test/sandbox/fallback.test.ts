interface Route {
	template: string;
}
interface SpecIndexLike {
	routes: Route[];
	match(method: string, path: string): { route: Route } | undefined;
	versions(route: Route): string[] | undefined;
}
// Plain CommonJS, run by `npm start` without a build step; needs the package built (dist/).
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
	// The CRM node's Contacts area (35, campaign and workflow lists and task search included) and every
	// operation of the Conversations node (34).
	expect(index.routes).toHaveLength(35 + 34);
	const send = index.match('POST', '/conversations/messages');
	expect(send?.route.template).toBe('/conversations/messages');
	expect(index.versions(send!.route)).toEqual(['2021-04-15']);
	expect(index.match('GET', '/conversations/c1/messages')?.route.template).toBe(
		'/conversations/{conversationId}/messages',
	);
});
