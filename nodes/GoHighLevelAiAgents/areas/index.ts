import type { ResourceDefinition } from '../../shared/builder/types';
import { agentStudioArea } from './agentStudio';
import { conversationAiArea } from './conversationAi';
import { knowledgeBaseArea } from './knowledgeBase';
import { voiceAiArea } from './voiceAi';

/** The AI Agents node's resources, in the order the definitions list them. */
export const aiAgentResources: ResourceDefinition[] = [
	...conversationAiArea,
	...voiceAiArea,
	...agentStudioArea,
	...knowledgeBaseArea,
];
