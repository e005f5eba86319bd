import type { SkillRegistry } from '../../router/skill.js';
import { acceptMeetingSkill, declineMeetingSkill, proposeTime, suggestOtherTime } from './answer-meeting.js';
import { findMatchesSkill, notInterested, requestFromMatch } from './find-matches.js';
import { metNo, metYes } from './meeting-check.js';
import { cancelMeetingAction, cancelMeetingSkill, myMeetingsSkill } from './my-meetings.js';
import { requestMeetingSkill, requestSlot } from './request-meeting.js';
import { updateProfileSkill } from './update-profile.js';

/** Networking: suggestions, profile, 1:1 meeting requests and their buttons, "did you meet?". */
export function registerNetworkingSkills(registry: SkillRegistry): SkillRegistry {
  return registry
    .on('find_matches', findMatchesSkill)
    .on('update_profile', updateProfileSkill)
    .on('request_meeting', requestMeetingSkill)
    .on('my_meetings', myMeetingsSkill)
    .on('cancel_meeting', cancelMeetingSkill)
    .onAction('match-request', requestFromMatch)
    .onAction('match-skip', notInterested)
    .onAction('meeting-slot', requestSlot)
    .onAction('meeting-accept', acceptMeetingSkill)
    .onAction('meeting-decline', declineMeetingSkill)
    .onAction('meeting-other', suggestOtherTime)
    .onAction('meeting-time', proposeTime)
    .onAction('meeting-cancel', cancelMeetingAction)
    .onAction('met-yes', metYes)
    .onAction('met-no', metNo);
}
