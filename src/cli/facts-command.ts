// `kamdesk facts rebuild`: recomputes the monthly facts (account_month_fact, account_month_cash_fact) from the
// raw order lines, collections and expenses, after reporting how many fact rows had drifted from them. The
// facts are maintained incrementally on every write; this is the repair and the proof, not a routine step.
import { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { factDrift, rebuildFacts } from '../db/repositories/fact-rebuild.ts';
import { failAndExit } from './exit-codes.ts';
import { describeDatabase, openDatabase } from './open-database.ts';

export function factsCommand(): Command {
  const facts = new Command('facts').description(
    'Monthly facts (revenue, cost, collections, expenses per account and month)',
  );
  facts
    .command('rebuild')
    .description('Recompute the monthly facts from the raw order lines, collections and expenses')
    .option('--check', 'only report how many fact rows differ from a full recompute (exit 1 when any)')
    .action(async (opts: { check?: boolean }) => {
      try {
        const config = loadConfig();
        const { database } = await openDatabase(config);
        console.log(`${describeDatabase(config)}`);
        const drift = await factDrift(database.db);
        console.log(`fact rows differing from a full recompute: ${drift}`);
        if (opts.check) {
          await database.close();
          if (drift > 0) process.exit(1);
          return;
        }
        const written = await rebuildFacts(database.db);
        console.log(
          `rebuilt: ${written.lineFacts} account × month × product line rows, ${written.cashFacts} cash rows`,
        );
        await database.close();
      } catch (error) {
        failAndExit(error);
      }
    });
  return facts;
}
