/** Every locale's messages, for the popup and options page (the user's language may differ from the browser's). */
import ar from '../../assets/public/_locales/ar/messages.json' with { type: 'json' };
import en from '../../assets/public/_locales/en/messages.json' with { type: 'json' };
import es from '../../assets/public/_locales/es/messages.json' with { type: 'json' };
import fa from '../../assets/public/_locales/fa/messages.json' with { type: 'json' };
import ru from '../../assets/public/_locales/ru/messages.json' with { type: 'json' };
import type { MessageTables } from './translate';

export const MESSAGES: MessageTables = { en, fa, ar, es, ru };
