// `kamdesk migrate`: applies pending migrations and exits.
import { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { failAndExit } from './exit-codes.ts';
import { describeDatabase, openDatabase } from './open-database.ts';

export function migrateCommand(): Command {
  return new Command('migrate').description('Apply pending database migrations').action(async () => {
    try {
      const config = loadConfig();
      const { database, applied } = await openDatabase(config);
      console.log(
        `${describeDatabase(config)}: ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}`,
      );
      await database.close();
    } catch (error) {
      failAndExit(error);
    }
  });
}
