import type { MessageDescriptor } from 'react-intl';
import { PLUGIN_ID } from '../../../server/src/constants';
import en from '../translations/en.json';

export type MessageKey = keyof typeof en;

/**
 * The react-intl descriptor of one of the plugin's messages. Keys are checked against en.json,
 * whose text is also the fallback, so a message is written once per language.
 */
export const message = (key: MessageKey): MessageDescriptor => ({ id: `${PLUGIN_ID}.${key}`, defaultMessage: en[key] });

/** Prefixes a translation file's keys with the plugin id, as the admin expects of plugins. */
export const prefixTranslations = (data: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(data).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]));
