'use strict';
// Stateful implementation of the messaging part of apps/conversations.json: conversations, messages of
// every channel (sent ones are recorded so a test can check what a contact received), custom-provider
// messages, uploads that keep their bytes, call recordings and transcriptions with real bytes.
// Emits InboundMessage / OutboundMessage webhook events as HighLevel does.
const crypto = require('node:crypto');
const { HttpError, newId } = require('./contacts');

const SEND_TYPES = ['SMS', 'RCS', 'Email', 'WhatsApp', 'IG', 'FB', 'Custom', 'Live_Chat', 'TIKTOK'];
/** `messageType` as HighLevel reports it, per channel. */
const MESSAGE_TYPE = {
	SMS: 'TYPE_SMS',
	RCS: 'TYPE_RCS',
	Email: 'TYPE_EMAIL',
	WhatsApp: 'TYPE_WHATSAPP',
	IG: 'TYPE_INSTAGRAM',
	FB: 'TYPE_FACEBOOK',
	GMB: 'TYPE_GMB',
	Custom: 'TYPE_CUSTOM_SMS',
	WebChat: 'TYPE_WEBCHAT',
	Live_Chat: 'TYPE_LIVE_CHAT',
	TIKTOK: 'TYPE_TIKTOK',
	Call: 'TYPE_CALL',
	IVR_Call: 'TYPE_IVR_CALL',
	Campaign_Call: 'TYPE_CAMPAIGN_CALL',
	Campaign_VoiceMail: 'TYPE_CAMPAIGN_VOICEMAIL',
};
/** The upload's allowed file types (by extension), as HighLevel lists them. */
const UPLOAD_TYPES = [
	'jpg',
	'jpeg',
	'png',
	'mp4',
	'mpeg',
	'zip',
	'rar',
	'pdf',
	'doc',
	'docx',
	'txt',
	'mp3',
	'wav',
];
const EXPORT_CHANNELS = {
	Call: 'TYPE_CALL',
	SMS: 'TYPE_SMS',
	Email: 'TYPE_EMAIL',
	WhatsApp: 'TYPE_WHATSAPP',
	Instagram: 'TYPE_INSTAGRAM',
	Facebook: 'TYPE_FACEBOOK',
};

/** A short mono 16-bit WAV (a tone whose pitch follows the seed): real audio bytes for recordings. */
function wav(seed, seconds = 1) {
	const rate = 8000;
	const samples = rate * seconds;
	const data = Buffer.alloc(samples * 2);
	const pitch = 300 + (crypto.createHash('sha256').update(seed).digest()[0] % 200);
	for (let i = 0; i < samples; i++)
		data.writeInt16LE(Math.round(8000 * Math.sin((2 * Math.PI * pitch * i) / rate)), i * 2);
	const head = Buffer.alloc(44);
	head.write('RIFF', 0);
	head.writeUInt32LE(36 + data.length, 4);
	head.write('WAVE', 8);
	head.write('fmt ', 12);
	head.writeUInt32LE(16, 16);
	head.writeUInt16LE(1, 20);
	head.writeUInt16LE(1, 22);
	head.writeUInt32LE(rate, 24);
	head.writeUInt32LE(rate * 2, 28);
	head.writeUInt16LE(2, 32);
	head.writeUInt16LE(16, 34);
	head.write('data', 36);
	head.writeUInt32LE(data.length, 40);
	return Buffer.concat([head, data]);
}

/** Splits a multipart/form-data body: text fields (repeated names become arrays) and files. */
function parseMultipart(raw, contentType) {
	const boundary = /boundary=("?)([^";]+)\1/i.exec(contentType || '');
	if (!boundary) throw new HttpError(400, 'Multipart boundary missing', 'Bad Request');
	const delimiter = Buffer.from(`--${boundary[2]}`);
	const fields = {};
	const files = [];
	let at = raw.indexOf(delimiter);
	while (at >= 0) {
		const start = at + delimiter.length;
		if (raw.subarray(start, start + 2).toString() === '--') break;
		const next = raw.indexOf(delimiter, start);
		if (next < 0) throw new HttpError(400, 'Multipart body is truncated', 'Bad Request');
		const chunk = raw.subarray(start + 2, next - 2);
		const split = chunk.indexOf('\r\n\r\n');
		const head = chunk.subarray(0, split).toString('utf8');
		const disposition = /content-disposition:[^\r\n]*/i.exec(head)?.[0] || '';
		const name = /\bname="([^"]*)"/i.exec(disposition)?.[1] || '';
		const fileName = /filename="([^"]*)"/i.exec(disposition)?.[1];
		const bytes = chunk.subarray(split + 4);
		if (fileName !== undefined) {
			files.push({
				field: name,
				fileName,
				mimeType: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1] || 'application/octet-stream',
				bytes: Buffer.from(bytes),
			});
		} else if (fields[name] !== undefined) {
			fields[name] = [].concat(fields[name], bytes.toString('utf8'));
		} else fields[name] = bytes.toString('utf8');
		at = next;
	}
	return { fields, files };
}

class ConversationsStore {
	constructor({ contacts, emit, now }) {
		this.contacts = contacts; // ContactsStore: messages go to its contacts
		this.emit = emit;
		this.now = now; // strictly increasing ms
		this.reset();
	}

	reset() {
		this.conversations = new Map();
		this.messages = new Map(); // id -> message, in the order they were added
		this.files = new Map(); // id -> { fileName, mimeType, bytes }
		this.uploads = new Map(); // uploadId -> { filePath, filename, bytes }
	}

	contact(id) {
		const c = this.contacts.contacts.get(id);
		if (!c) throw new HttpError(400, 'Contact not found', 'Bad Request');
		return c;
	}

	get(id) {
		const c = this.conversations.get(id);
		if (!c) throw new HttpError(400, 'Conversation not found', 'Bad Request');
		return c;
	}

	message(id) {
		const m = this.messages.get(id);
		if (!m) throw new HttpError(400, 'Message not found', 'Bad Request');
		return m;
	}

	view(c) {
		return { ...c, sort: [c.lastMessageDate] };
	}

	create(locationId, contactId) {
		const contact = this.contact(contactId);
		const existing = [...this.conversations.values()].find(
			(c) => c.contactId === contactId && c.locationId === locationId,
		);
		if (existing) return existing;
		const ts = this.now();
		const conversation = {
			id: newId(),
			locationId,
			contactId,
			fullName: contact.name || [contact.firstName, contact.lastName].filter(Boolean).join(' '),
			contactName: contact.contactName || contact.name,
			email: contact.email,
			phone: contact.phone,
			type: 'TYPE_PHONE',
			unreadCount: 0,
			starred: false,
			inbox: true,
			deleted: false,
			lastMessageBody: '',
			lastMessageType: undefined,
			lastMessageDate: ts,
			dateAdded: ts,
			dateUpdated: ts,
		};
		this.conversations.set(conversation.id, conversation);
		return conversation;
	}

	forContact(contactId, locationId) {
		return this.create(locationId || this.contact(contactId).locationId, contactId);
	}

	search(q) {
		if (!q.locationId) throw new HttpError(422, ['locationId should not be empty']);
		const limit = Math.min(Math.max(Number(q.limit || 20), 1), 100);
		const needle = q.query && String(q.query).toLowerCase();
		let list = [...this.conversations.values()].filter(
			(c) =>
				c.locationId === q.locationId &&
				(!q.contactId || c.contactId === q.contactId) &&
				(!q.id || c.id === q.id) &&
				(!q.status ||
					q.status === 'all' ||
					(q.status === 'unread'
						? c.unreadCount > 0
						: q.status === 'starred'
							? c.starred
							: true)) &&
				(!needle ||
					[c.fullName, c.contactName, c.email, c.phone, c.lastMessageBody].some(
						(v) => v && String(v).toLowerCase().includes(needle),
					)),
		);
		const asc = q.sort === 'asc';
		list.sort((a, b) =>
			asc ? a.lastMessageDate - b.lastMessageDate : b.lastMessageDate - a.lastMessageDate,
		);
		const total = list.length;
		if (q.startAfterDate !== undefined && q.startAfterDate !== '') {
			const after = Number(String(q.startAfterDate).split(',')[0]);
			list = list.filter((c) => (asc ? c.lastMessageDate > after : c.lastMessageDate < after));
		}
		return { conversations: list.slice(0, limit).map((c) => this.view(c)), total };
	}

	update(id, body) {
		const c = this.get(id);
		if (body.unreadCount !== undefined) c.unreadCount = Number(body.unreadCount);
		if (body.starred !== undefined) c.starred = Boolean(body.starred);
		if (body.feedback !== undefined) c.feedback = body.feedback;
		c.dateUpdated = this.now();
		return c;
	}

	remove(id) {
		this.get(id);
		this.conversations.delete(id);
		for (const [mid, m] of this.messages) if (m.conversationId === id) this.messages.delete(mid);
	}

	record(conversation, fields) {
		const ts = this.now();
		const m = {
			id: newId(),
			conversationId: conversation.id,
			contactId: conversation.contactId,
			locationId: conversation.locationId,
			dateAdded: new Date(ts).toISOString(),
			attachments: [],
			contentType: 'text/plain',
			source: 'api',
			...fields,
			_ts: ts,
		};
		this.messages.set(m.id, m);
		conversation.lastMessageBody = m.body || '';
		conversation.lastMessageType = m.messageType;
		conversation.lastMessageDate = ts;
		conversation.dateUpdated = ts;
		if (m.direction === 'inbound') conversation.unreadCount += 1;
		return m;
	}

	messageView(m) {
		const { _ts, recording, ...rest } = m;
		return JSON.parse(JSON.stringify(rest));
	}

	eventPayload(type, m) {
		const v = this.messageView(m);
		return {
			type,
			locationId: m.locationId,
			attachments: v.attachments,
			body: v.body,
			contactId: v.contactId,
			contentType: v.contentType,
			conversationId: v.conversationId,
			dateAdded: v.dateAdded,
			direction: v.direction,
			messageType: String(v.messageType || '').replace(/^TYPE_/, ''),
			messageId: v.id,
			status: v.status,
			...(v.conversationProviderId ? { conversationProviderId: v.conversationProviderId } : {}),
			...(v.altId ? { altId: v.altId } : {}),
		};
	}

	send(body) {
		if (!SEND_TYPES.includes(body.type))
			throw new HttpError(422, [
				`type must be one of the following values: ${SEND_TYPES.join(', ')}`,
			]);
		const contact = this.contact(body.contactId);
		const conversation = this.forContact(body.contactId, contact.locationId);
		const scheduled = body.scheduledTimestamp !== undefined;
		const isEmail = body.type === 'Email';
		if (isEmail && !(body.emailTo || contact.email))
			throw new HttpError(422, ['The contact has no email address']);
		if (['SMS', 'RCS', 'WhatsApp'].includes(body.type) && !(body.toNumber || contact.phone))
			throw new HttpError(422, ['The contact has no phone number']);
		const m = this.record(conversation, {
			type: body.type,
			messageType: MESSAGE_TYPE[body.type] || `TYPE_${String(body.type).toUpperCase()}`,
			direction: 'outbound',
			status: scheduled ? 'scheduled' : 'delivered',
			body: body.message ?? (isEmail ? body.html : undefined) ?? '',
			attachments: Array.isArray(body.attachments) ? body.attachments : [],
			to: isEmail ? body.emailTo || contact.email : body.toNumber || contact.phone,
			...(body.fromNumber ? { from: body.fromNumber } : {}),
			...(isEmail
				? {
						subject: body.subject,
						html: body.html,
						emailFrom: body.emailFrom,
						emailCc: body.emailCc,
						emailBcc: body.emailBcc,
						threadId: body.threadId,
						emailMessageId: newId(),
					}
				: {}),
			...(scheduled ? { scheduledTimestamp: Number(body.scheduledTimestamp) } : {}),
			...(body.conversationProviderId
				? { conversationProviderId: body.conversationProviderId }
				: {}),
			...(body.appointmentId ? { appointmentId: body.appointmentId } : {}),
		});
		if (!scheduled) this.emit('OutboundMessage', this.eventPayload('OutboundMessage', m));
		return {
			conversationId: conversation.id,
			messageId: m.id,
			...(m.emailMessageId ? { emailMessageId: m.emailMessageId } : {}),
			msg: scheduled ? 'Message scheduled successfully.' : 'Message queued successfully.',
			status: m.status,
		};
	}

	cancelScheduled(find) {
		const m = [...this.messages.values()].find(find);
		if (!m) throw new HttpError(400, 'Message not found', 'Bad Request');
		if (m.status !== 'scheduled')
			throw new HttpError(422, ['Only scheduled messages can be cancelled']);
		m.status = 'cancelled';
		return { status: 200, message: 'Scheduled message cancelled' };
	}

	/** A message a contact sends in (control endpoint, or a custom provider's inbound call). */
	inbound(body, fromProvider) {
		let conversation;
		if (body.conversationId) {
			conversation = this.get(body.conversationId);
			if (body.contactId && conversation.contactId !== body.contactId)
				throw new HttpError(422, ['The conversation belongs to another contact']);
		} else conversation = this.forContact(body.contactId);
		const type = body.type || 'SMS';
		const isCall = /Call|VoiceMail/.test(type);
		const m = this.record(conversation, {
			type,
			messageType: MESSAGE_TYPE[type] || `TYPE_${String(type).toUpperCase()}`,
			direction: fromProvider && body.direction ? String(body.direction) : 'inbound',
			status: isCall ? (body.call && body.call.status) || 'completed' : 'delivered',
			body: body.message || (body.html ? String(body.html) : ''),
			attachments: Array.isArray(body.attachments) ? body.attachments : [],
			...(body.subject ? { subject: body.subject } : {}),
			...(body.conversationProviderId
				? { conversationProviderId: body.conversationProviderId }
				: {}),
			// A custom provider's own message id, kept exactly as given.
			...(body.altId !== undefined ? { altId: body.altId } : {}),
			...(body.date ? { dateAdded: new Date(body.date).toISOString() } : {}),
			...(body.call ? { call: body.call } : {}),
			...(isCall ? { recording: true } : {}),
		});
		this.emit(
			m.direction === 'inbound' ? 'InboundMessage' : 'OutboundMessage',
			this.eventPayload(m.direction === 'inbound' ? 'InboundMessage' : 'OutboundMessage', m),
		);
		return m;
	}

	outboundCall(body) {
		const conversation = this.get(body.conversationId);
		const m = this.record(conversation, {
			type: 'Call',
			messageType: 'TYPE_CALL',
			direction: 'outbound',
			status: (body.call && body.call.status) || 'completed',
			body: '',
			attachments: Array.isArray(body.attachments) ? body.attachments : [],
			conversationProviderId: body.conversationProviderId,
			...(body.altId !== undefined ? { altId: body.altId } : {}),
			...(body.call ? { call: body.call } : {}),
			recording: true,
		});
		this.emit('OutboundMessage', this.eventPayload('OutboundMessage', m));
		return m;
	}

	page(conversationId, q) {
		this.get(conversationId);
		const limit = Math.min(Math.max(Number(q.limit || 20), 1), 100);
		let list = [...this.messages.values()]
			.filter((m) => m.conversationId === conversationId && (!q.type || m.messageType === q.type))
			.sort((a, b) => b._ts - a._ts);
		if (q.lastMessageId) {
			const at = list.findIndex((m) => m.id === q.lastMessageId);
			list = at >= 0 ? list.slice(at + 1) : [];
		}
		const page = list.slice(0, limit);
		return {
			lastMessageId: page.length ? page[page.length - 1].id : '',
			nextPage: list.length > limit,
			messages: page.map((m) => this.messageView(m)),
		};
	}

	exportMessages(q) {
		if (!q.locationId) throw new HttpError(422, ['locationId should not be empty']);
		const limit = Number(q.limit || 100);
		if (!(limit >= 10 && limit <= 500))
			throw new HttpError(422, ['limit must not be less than 10 or greater than 500']);
		const start = q.cursor ? Number(Buffer.from(String(q.cursor), 'base64url').toString()) : 0;
		const desc = (q.sortOrder || 'desc') === 'desc';
		const list = [...this.messages.values()]
			.filter(
				(m) =>
					m.locationId === q.locationId &&
					(!q.conversationId || m.conversationId === q.conversationId) &&
					(!q.contactId || m.contactId === q.contactId) &&
					(!q.channel || m.messageType === EXPORT_CHANNELS[q.channel]),
			)
			.sort((a, b) => (desc ? b._ts - a._ts : a._ts - b._ts));
		const end = start + limit;
		return {
			messages: list.slice(start, end).map((m) => this.messageView(m)),
			nextCursor: end < list.length ? Buffer.from(String(end)).toString('base64url') : null,
			total: list.length,
		};
	}

	upload(fields, files, baseUrl) {
		const missing = ['conversationId', 'contactId', 'locationId'].filter((k) => !fields[k]);
		if (missing.length)
			throw new HttpError(
				422,
				missing.map((k) => `${k} should not be empty`),
			);
		const attachments = files.filter((f) => f.field === 'fileAttachment');
		const urls = [].concat(fields.attachmentUrls || []);
		if (!attachments.length && !urls.length)
			throw new HttpError(422, ['fileAttachment should not be empty']);
		const uploadedFiles = {};
		for (const file of attachments) {
			const ext = (file.fileName.split('.').pop() || '').toLowerCase();
			if (!UPLOAD_TYPES.includes(ext))
				throw new HttpError(415, `File type .${ext} is not allowed`, 'Unsupported Media Type');
			uploadedFiles[file.fileName] = this.storeFile(
				file.fileName,
				file.mimeType,
				file.bytes,
				baseUrl,
			);
		}
		for (const url of urls) uploadedFiles[url.split('/').pop() || url] = url;
		return { uploadedFiles };
	}

	storeFile(fileName, mimeType, bytes, baseUrl) {
		const id = newId();
		this.files.set(id, { fileName, mimeType, bytes });
		return `${baseUrl}/__sandbox/files/${id}/${encodeURIComponent(fileName)}`;
	}

	recordingOf(messageId, locationId) {
		const m = this.message(messageId);
		if (m.locationId !== locationId)
			throw new HttpError(403, 'The message is not in this location', 'Forbidden');
		if (!m.recording) throw new HttpError(404, 'No recording found for this message', 'Not Found');
		return m;
	}

	transcription(m) {
		const lines = [
			'This call may be recorded for quality assurance purposes.',
			`Hello, this is the sandbox calling about ${m.conversationId}.`,
			'Thank you, goodbye.',
		];
		return lines.map((transcript, i) => ({
			mediaChannel: (i % 2) + 1,
			sentenceIndex: i,
			startTime: i * 3000,
			endTime: i * 3000 + 2500,
			transcript,
			confidence: 0.9,
		}));
	}

	/** The messages API routes; undefined when the route is not handled here. */
	handle(t, params, q, body, ctx) {
		switch (t) {
			case 'GET /conversations/search':
				return [200, this.search(q)];
			case 'POST /conversations/': {
				const c = this.create(body.locationId, body.contactId);
				return [201, { success: true, conversation: this.view(c) }];
			}
			case 'GET /conversations/{conversationId}':
				return [200, this.view(this.get(params.conversationId))];
			case 'PUT /conversations/{conversationId}':
				return [
					200,
					{ success: true, conversation: this.view(this.update(params.conversationId, body)) },
				];
			case 'DELETE /conversations/{conversationId}':
				this.remove(params.conversationId);
				return [200, { success: true }];
			case 'POST /conversations/messages':
				return [201, this.send(body)];
			case 'GET /conversations/messages/{id}':
				return [200, this.messageView(this.message(params.id))];
			case 'GET /conversations/{conversationId}/messages':
				return [200, this.page(params.conversationId, q)];
			case 'GET /conversations/messages/export':
				return [200, this.exportMessages(q)];
			case 'GET /conversations/messages/email/{id}': {
				const m = [...this.messages.values()].find(
					(x) => x.emailMessageId === params.id || (x.type === 'Email' && x.id === params.id),
				);
				if (!m) throw new HttpError(400, 'Email not found', 'Bad Request');
				const v = this.messageView(m);
				return [
					200,
					{
						...v,
						id: m.emailMessageId,
						body: m.html || m.body,
						threadId: m.threadId || m.emailMessageId,
					},
				];
			}
			case 'DELETE /conversations/messages/{messageId}/schedule':
				return [200, this.cancelScheduled((m) => m.id === params.messageId)];
			case 'DELETE /conversations/messages/email/{emailMessageId}/schedule':
				return [200, this.cancelScheduled((m) => m.emailMessageId === params.emailMessageId)];
			case 'POST /conversations/messages/inbound': {
				const m = this.inbound(body, true);
				return [
					200,
					{
						success: true,
						conversationId: m.conversationId,
						messageId: m.id,
						message: 'Message added',
						contactId: m.contactId,
						dateAdded: m.dateAdded,
					},
				];
			}
			case 'POST /conversations/messages/outbound': {
				const m = this.outboundCall(body);
				return [
					200,
					{
						success: true,
						conversationId: m.conversationId,
						messageId: m.id,
						message: 'Call added',
						contactId: m.contactId,
						dateAdded: m.dateAdded,
					},
				];
			}
			case 'PUT /conversations/messages/{messageId}/status': {
				const m = this.message(params.messageId);
				m.status = body.status;
				if (body.error) m.error = body.error;
				return [200, { conversationId: m.conversationId, messageId: m.id, status: m.status }];
			}
			case 'PUT /conversations/messages/{messageId}/attachments': {
				const m = this.message(params.messageId);
				if (!Array.isArray(body.attachments))
					throw new HttpError(422, ['attachments must be an array']);
				m.attachments = body.attachments;
				return [200, { success: true }];
			}
			case 'POST /conversations/messages/upload':
				return [200, this.upload(body, ctx.files || [], ctx.baseUrl)];
			case 'POST /conversations/messages/upload/initiate': {
				const uploadId = newId();
				const filePath = `${body.locationId}/${body.conversationId}/${uploadId}/${body.filename}`;
				this.uploads.set(uploadId, {
					filePath,
					filename: body.filename,
					contentType: body.contentType,
				});
				return [
					200,
					{
						uploadUrl: `${ctx.baseUrl}/__sandbox/uploads/${uploadId}`,
						uploadId,
						filePath,
						expiresAt: Date.now() + 3_600_000,
						maxFileSize: 500 * 1024 * 1024,
					},
				];
			}
			case 'POST /conversations/messages/upload/complete': {
				const u = this.uploads.get(body.uploadId);
				if (!u || u.filePath !== body.filePath)
					throw new HttpError(400, 'Upload not found', 'Bad Request');
				if (!u.bytes) throw new HttpError(422, ['The file was not uploaded to uploadUrl']);
				const url = this.storeFile(
					body.filename,
					u.contentType || 'application/octet-stream',
					u.bytes,
					ctx.baseUrl,
				);
				return [
					200,
					{ uploadedFiles: { [body.filename]: url }, metadata: { size: u.bytes.length } },
				];
			}
			case 'GET /conversations/messages/{messageId}/locations/{locationId}/recording': {
				const m = this.recordingOf(params.messageId, params.locationId);
				return [
					200,
					wav(m.id),
					{
						'content-type': 'audio/x-wav',
						'content-disposition': `attachment; filename=${m.id}.wav`,
					},
				];
			}
			case 'GET /conversations/locations/{locationId}/messages/{messageId}/transcription':
				return [200, this.transcription(this.recordingOf(params.messageId, params.locationId))];
			case 'GET /conversations/locations/{locationId}/messages/{messageId}/transcription/download': {
				const text = this.transcription(this.recordingOf(params.messageId, params.locationId))
					.map((s) => `[${(s.startTime / 1000).toFixed(1)}s] ${s.transcript}`)
					.join('\n');
				return [
					200,
					Buffer.from(`${text}\n`),
					{
						'content-type': 'text/plain; charset=utf-8',
						'content-disposition': 'attachment; filename="transcription.txt"',
					},
				];
			}
			case 'POST /conversations/providers/live-chat/typing':
				this.get(body.conversationId);
				return [200, { success: true }];
			default:
				return undefined;
		}
	}
}

module.exports = { ConversationsStore, parseMultipart, wav };
