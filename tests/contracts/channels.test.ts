import { describeChannelContract } from './channel.contract.js';
import { startTwilioSubject } from './twilio-subject.js';
import { startWhatsAppWebSubject } from './whatsapp-web-subject.js';

// One line per channel adapter: a new channel passes the same contract.
describeChannelContract('twilio', startTwilioSubject);
describeChannelContract('whatsapp-web', startWhatsAppWebSubject);
