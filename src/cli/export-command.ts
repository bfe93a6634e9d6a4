// `kamdesk export accounts|contacts FILE --as USERNAME`: writes what that user may see, with the template's
// columns, so the file can be edited and imported again.
import { writeFile } from 'node:fs/promises';
import { Argument, Command, Option } from 'commander';
import { loadConfig } from '../config.ts';
import { ACCOUNT_SHEET } from '../core/account/account-sheet.ts';
import { CONTACT_SHEET } from '../core/contact/contact-sheet.ts';
import { createServices } from '../create-services.ts';
import { writeWorkbook } from '../excel/write-workbook.ts';
import { failAndExit } from './exit-codes.ts';
import { openDatabase } from './open-database.ts';

type Status = 'active' | 'archived' | 'all';

export function exportCommand(): Command {
  return new Command('export')
    .description('Export accounts or contacts to an .xlsx file (the import template columns)')
    .addArgument(new Argument('<entity>', 'what to export').choices(['accounts', 'contacts']))
    .argument('<file>', '.xlsx file to write')
    .requiredOption('--as <username>', 'act as this user: only what they may see is exported')
    .addOption(
      new Option('--status <status>', 'record status')
        .choices(['active', 'archived', 'all'])
        .default('active'),
    )
    .option('--q <text>', 'search text, as in the list screens')
    .action(
      async (
        entity: 'accounts' | 'contacts',
        file: string,
        opts: { as: string; status: Status; q?: string },
      ) => {
        try {
          const { database } = await openDatabase(loadConfig());
          const services = createServices(database);
          const actor = await services.actingUser(opts.as);
          const filter = { q: opts.q, status: opts.status, sort: 'name' };
          let count: number;
          let data: Uint8Array;
          if (entity === 'accounts') {
            const rows = await services.accountExport.exportRows(actor, filter);
            count = rows.length;
            data = await writeWorkbook(ACCOUNT_SHEET, rows);
          } else {
            const rows = await services.contactExport.exportRows(actor, filter);
            count = rows.length;
            data = await writeWorkbook(CONTACT_SHEET, rows);
          }
          await database.close();
          await writeFile(file, data);
          console.log(`✔ ${count} ${entity} → ${file}`);
        } catch (error) {
          failAndExit(error);
        }
      },
    );
}
