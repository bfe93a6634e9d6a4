#!/usr/bin/env node
// kamdesk CLI: one file per command, all calling the same services as the HTTP API.
import { Command } from 'commander';

const program = new Command('kamdesk').description('KAM Desk — key-account and distributor management');

const commands = await Promise.all([
  import('./serve-command.ts').then((m) => m.serveCommand()),
  import('./migrate-command.ts').then((m) => m.migrateCommand()),
  import('./seed-command.ts').then((m) => m.seedCommand()),
  import('./user-command.ts').then((m) => m.userCommand()),
  import('./import-command.ts').then((m) => m.importCommand()),
  import('./export-command.ts').then((m) => m.exportCommand()),
  import('./classify-command.ts').then((m) => m.classifyCommand()),
  import('./targets-command.ts').then((m) => m.targetsCommand()),
  import('./facts-command.ts').then((m) => m.factsCommand()),
]);
for (const command of commands) program.addCommand(command);

await program.parseAsync(process.argv);
