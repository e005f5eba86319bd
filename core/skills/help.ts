import { helpMenu } from '../replies/menu.js';
import type { Skill } from '../router/skill.js';

export const help: Skill = async (ctx) => ({ replies: [helpMenu(ctx.event.name, ctx.locale)] });
