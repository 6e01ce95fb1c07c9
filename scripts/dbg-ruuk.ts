import { detectAttributions } from '../utils/detect/attributions';
const [text, lang] = [process.argv[2], process.argv[3] ?? 'uk'];
for (const c of detectAttributions(text, lang as any)) console.log(c.text, '|', c.source?.text, '|', c.sourceType, '|', c.content?.text?.slice(0, 40));
