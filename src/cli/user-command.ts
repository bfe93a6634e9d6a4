// `kamdesk user add`: adds a user; on a database without users this is how the first administrator is made.
import { Command, Option } from 'commander';
import { loadConfig } from '../config.ts';
import { ROLES } from '../core/org/roles.ts';
import { createServices } from '../create-services.ts';
import { failAndExit } from './exit-codes.ts';
import { openDatabase } from './open-database.ts';

export function userCommand(): Command {
  const user = new Command('user').description('Manage users');
  user
    .command('add')
    .description('Add a user (the first administrator on a new installation)')
    .requiredOption('--username <name>', 'login name')
    .requiredOption('--password <password>', 'at least 8 characters')
    .option('--name <displayName>', 'display name (defaults to the user name)')
    .addOption(new Option('--role <role>', 'role').choices([...ROLES]).default('admin'))
    .option('--unit <orgUnitId>', 'org unit id (defaults to the company root)')
    .option('--company <name>', 'company name for the root unit when the database is empty', '我的公司')
    .action(
      async (opts: {
        username: string;
        password: string;
        name?: string;
        role: (typeof ROLES)[number];
        unit?: string;
        company: string;
      }) => {
        try {
          const { database } = await openDatabase(loadConfig());
          const services = createServices(database);
          const orgUnitId = opts.unit ? Number(opts.unit) : await services.users.ensureRootUnit(opts.company);
          const created = await services.users.addUser(null, {
            username: opts.username,
            displayName: opts.name ?? opts.username,
            role: opts.role,
            orgUnitId,
            password: opts.password,
          });
          console.log(`✔ ${created.username} (${created.role}) @ ${created.orgUnitName}`);
          await database.close();
        } catch (error) {
          failAndExit(error);
        }
      },
    );
  return user;
}
