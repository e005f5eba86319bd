import type { VoiceMessageId } from './en.js';

/** Voice notes in Portuguese: the same ids as en.ts. */
export const voicePt: Readonly<Record<VoiceMessageId, string>> = {
  'voice.heard': '🎤 Ouvi: “{text}”',
  'voice.unsure': '🎤 Ouvi: “{text}” — mas não tenho a certeza de ter percebido bem. Avanço com isso?',
  'voice.yes': 'Sim, avance',
  'voice.no': 'Não, está errado',
  'voice.sayAgain': 'Desculpe! Diga outra vez, ou escreva, por favor.',
  'voice.unclear': 'Não consegui perceber — pode escrever ou tentar outra vez?',
  'voice.silence':
    'A sua nota de voz parece estar em silêncio — não ouvi nada. Pode tentar outra vez, ou escrever?',
  'voice.corrupt':
    'Não consegui abrir essa nota de voz (o ficheiro parece danificado). Pode enviá-la outra vez, ou escrever?',
  'voice.unsupported':
    'Não consigo reproduzir esse formato de áudio. Pode gravar uma nota de voz do WhatsApp, ou escrever?',
  'voice.tooLong':
    'Essa nota de voz é demasiado longa para mim — mantenha-a abaixo de 2 minutos, ou escreva.',
  'voice.tooBig':
    'Esse ficheiro de áudio é demasiado grande (16 MB no máximo). Pode enviar uma nota de voz curta, ou escrever?',
  'voice.downloadFailed': 'Não consegui descarregar essa nota de voz. Pode enviá-la outra vez, ou escrever?',
  'voice.language':
    'Por enquanto só percebo notas de voz em inglês. Pode escrever a sua mensagem, por favor?',
};
