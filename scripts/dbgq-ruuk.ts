import { detectQuantities } from '../utils/detect/quantities';
const lang = (process.argv[3] ?? 'uk') as any;
for (const c of detectQuantities(process.argv[2], lang)) console.log(JSON.stringify([c.text, c.value, c.unit, c.approx]));
