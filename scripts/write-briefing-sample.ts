// Writes the executive briefing sample ([PLAN-9], seed 002) from the test fixture, to look at the
// rendering: `npx tsx scripts/write-briefing-sample.ts [zh-CN|en] [outDir]` → briefing-sample.pptx/.pdf.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { briefingFixture } from '../src/briefing/briefing-fixture.ts';
import { writeBriefingPdf } from '../src/briefing/write-briefing-pdf.ts';
import { writeBriefingPptx } from '../src/briefing/write-briefing-pptx.ts';

const lang = process.argv[2] === 'en' ? 'en' : 'zh-CN';
const dir = process.argv[3] ?? '/tmp';
const input = briefingFixture(lang);
const suffix = lang === 'en' ? '-en' : '';
writeFileSync(join(dir, `briefing-sample${suffix}.pptx`), await writeBriefingPptx(input));
console.log(`wrote ${join(dir, `briefing-sample${suffix}.pptx`)}`);
writeFileSync(join(dir, `briefing-sample${suffix}.pdf`), await writeBriefingPdf(input));
console.log(`wrote ${join(dir, `briefing-sample${suffix}.pdf`)}`);
