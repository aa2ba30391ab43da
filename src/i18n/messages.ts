/** Every locale's messages, for the popup and options page (the user's language may differ from the browser's). */
import ar from '../../assets/public/_locales/ar/messages.json';
import en from '../../assets/public/_locales/en/messages.json';
import es from '../../assets/public/_locales/es/messages.json';
import fa from '../../assets/public/_locales/fa/messages.json';
import ru from '../../assets/public/_locales/ru/messages.json';
import type { MessageTables } from './translate';

export const MESSAGES: MessageTables = { en, fa, ar, es, ru };
