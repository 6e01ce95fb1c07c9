/** `npm run locales`: writes public/_locales/<lang>/messages.json from utils/i18n/messages (the manifest's strings). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LANGUAGES } from '../utils/i18n/languages';
import { localeMessages } from '../utils/i18n/manifest-messages';

for (const language of LANGUAGES) {
  const dir = fileURLToPath(new URL(`../public/_locales/${language}/`, import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}messages.json`, `${JSON.stringify(localeMessages(language), null, 2)}\n`);
  console.log(`${dir}messages.json`);
}
