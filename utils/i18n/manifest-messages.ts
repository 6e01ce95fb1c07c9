import type { Language } from './languages';
import { translate, type MessageKey } from './translate';

/**
 * The strings the browser itself shows (extension name and description,
 * shortcut descriptions), as `__MSG_<name>__` in the manifest. They live in
 * public/_locales/<lang>/messages.json, which `npm run locales` writes from
 * the catalogues and a unit test checks equal.
 */
export const MANIFEST_MESSAGES = {
  extName: 'ext.name',
  extDescription: 'ext.description',
  cmdAnnotate: 'command.annotate',
  cmdOpenPanel: 'command.openPanel',
  cmdOpenSidebar: 'command.openSidebar',
} as const satisfies Record<string, MessageKey>;

export type ManifestMessage = keyof typeof MANIFEST_MESSAGES;

/** `__MSG_extName__` for the manifest. */
export const msg = (name: ManifestMessage) => `__MSG_${name}__`;

/** The content of public/_locales/<language>/messages.json. */
export function localeMessages(language: Language): Record<ManifestMessage, { message: string }> {
  return Object.fromEntries(Object.entries(MANIFEST_MESSAGES).map(([name, key]) => [name, { message: translate(language, key) }])) as Record<ManifestMessage, { message: string }>;
}
