import type { ResourceDefinition } from '../../shared/builder/types';
import { conversation } from './conversations';
import { attachment, callRecording } from './files';
import { message } from './messages';
import { emailVerification, liveChat } from './misc';
import { phoneNumber } from './phoneSystem';
import { subscription } from './preferences';
import { providerMessage } from './providers';

/** The Conversations node's resources, in the order the Resource list shows them. */
export const conversationsResources: ResourceDefinition[] = [
	conversation,
	message,
	attachment,
	providerMessage,
	callRecording,
	liveChat,
	subscription,
	phoneNumber,
	emailVerification,
];
