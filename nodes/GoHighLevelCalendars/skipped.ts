/**
 * Operations of calendars.json the Calendars node does not offer, by `METHOD /path`, with the reason
 * a user can read. Empty: every one of the 41 operations is offered.
 */
export const CALENDARS_SKIPPED_OPERATIONS: Readonly<Record<string, string>> = {};
