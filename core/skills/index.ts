import { type SkillDeps, SkillRegistry } from '../router/skill.js';
import { agenda } from './agenda.js';
import { answerFaq } from './answer-faq.js';
import { registerCheckInSkills } from './check-in/index.js';
import { registerFeedbackSkills } from './feedback/index.js';
import { forgetMe } from './forget-me.js';
import { greeting } from './greeting.js';
import { help } from './help.js';
import { registerLeadSkills } from './leads/index.js';
import { registerNetworkingSkills } from './networking/index.js';
import { optOut } from './opt-out.js';
import { outOfScope } from './out-of-scope.js';
import { talkToHuman } from './talk-to-human.js';
import { thanks } from './thanks.js';
import { registerTicketSkills } from './tickets/index.js';
import { registerWaitlistSkills } from './waitlist/index.js';

/**
 * Every shipped skill, by intent, with the dependencies they may use. Intents not listed get the router's
 * honest "not available yet".
 */
export function createSkillRegistry(deps: SkillDeps): SkillRegistry {
  const registry = new SkillRegistry(deps)
    .on('greeting', greeting)
    .on('help', help)
    .on('faq', answerFaq)
    .on('agenda', agenda)
    .on('thanks', thanks)
    .on('out_of_scope', outOfScope)
    .on('opt_out', optOut)
    .on('talk_to_human', talkToHuman)
    .on('forget_me', forgetMe);
  return registerFeedbackSkills(
    registerNetworkingSkills(
      registerLeadSkills(registerCheckInSkills(registerWaitlistSkills(registerTicketSkills(registry)))),
    ),
  );
}
