/** Every test draws the interface with all messages installed, as the popup and options page do. */
import { installMessages } from '../src/i18n/current';
import { MESSAGES } from '../src/i18n/messages';

installMessages(MESSAGES);
