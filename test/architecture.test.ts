import { describe, expect, it } from 'vitest';
import { findViolations } from '../scripts/architecture-rules.ts';

const core = (text: string) => [{ path: 'src/core/account/x.ts', text }];

describe('architecture rule: core imports no I/O', () => {
  it.each([
    ["import { readFileSync } from 'node:fs';", 1],
    ["import fs from 'fs';", 1],
    ["import { sql } from 'kysely';", 1],
    ["import type { DB } from '../../db/schema.ts';", 1],
    ["import { createApp } from '../../http/app.ts';", 1],
    ["import pino from 'pino';", 1],
    ['const url = process.env.DATABASE_URL;', 1],
    ['const now = new Date();', 1],
    ["import { createHash } from 'node:crypto';", 0],
    ["import { notFound } from '../shared/errors.ts';", 0],
    ["import { loadConfig } from '../../config.ts';", 1],
    ["import { createLogger } from '../../logger.ts';", 1],
    ["import { DEFAULT } from './segmentation-config.ts';", 0],
    ['const d = new Date(Date.parse(today));', 0],
  ])('%s → %d violation(s)', (text, n) => expect(findViolations(core(text))).toHaveLength(n));

  it('tests beside the rules may wire the database', () => {
    expect(
      findViolations([
        { path: 'src/core/a/a-service.test.ts', text: "import x from '../../db/connect.ts';" },
      ]),
    ).toEqual([]);
  });

  it.each([
    [
      'src/core/plan/plan-service.ts',
      "import { writeBriefingPptx } from '../../briefing/write-briefing-pptx.ts';",
      1,
    ],
    ['src/core/plan/plan-service.ts', "import PDFDocument from 'pdfkit';", 1],
    ['src/core/plan/briefing/x.ts', "import { y } from './briefing-rule.ts';", 0],
    ['src/briefing/write-briefing-pdf.ts', "import { formatFen } from '../core/shared/money.ts';", 0],
    ['src/briefing/write-briefing-pdf.ts', "import { connect } from '../db/connect.ts';", 1],
    ['src/briefing/write-briefing-pdf.ts', "import { createServices } from '../create-services.ts';", 1],
    [
      'src/http/plan/plan-routes.ts',
      "import { writeBriefingPdf } from '../../briefing/write-briefing-pdf.ts';",
      0,
    ],
  ])('briefing renderer: %s with %s → %d violation(s)', (path, text, n) =>
    expect(findViolations([{ path, text }])).toHaveLength(n),
  );

  it('web may import server schemas as types only', () => {
    const web = (text: string) => findViolations([{ path: 'web/src/api/a.ts', text }]);
    expect(web("import type { A } from '../../../src/http/account/account-schemas.ts';")).toEqual([]);
    expect(web("import { A } from '../../../src/http/account/account-schemas.ts';")).toHaveLength(1);
    expect(web("import { x } from '../../../src/db/connect.ts';")).toHaveLength(1);
  });
});
