// `kamdesk serve` (what `npm start` runs): migrate, load the demo company on an empty database, serve the
// web app and the API.
import { serve } from '@hono/node-server';
import { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { DEMO_LOGINS } from '../core/demo/demo-org.ts';
import { createServices } from '../create-services.ts';
import { createApp, DEFAULT_WEB_DIST } from '../http/app.ts';
import { createLogger } from '../logger.ts';
import { DEMO_PASSWORD, loadDemo, printDemoLogins } from './demo.ts';
import { failAndExit } from './exit-codes.ts';
import { describeDatabase, openDatabase } from './open-database.ts';

export function serveCommand(): Command {
  return new Command('serve')
    .description('Serve the web app and the API (migrates; loads the demo company into an empty database)')
    .option('--no-demo', 'do not load the demo company into an empty database')
    .action(async (opts: { demo: boolean }) => {
      try {
        const config = loadConfig();
        const logger = createLogger(config.logLevel);
        const { database, applied } = await openDatabase(config);
        if (applied.length) logger.info({ applied }, 'migrations applied');
        const services = createServices(database, { sessionHours: config.sessionHours });
        if ((await services.users.countUsers()) === 0) {
          if (opts.demo && config.demo) {
            console.log('Empty database: loading the demo company (once)…');
            await loadDemo(database, services.clock.now());
            printDemoLogins((line) => console.log(line));
          } else {
            console.log('No users yet. Create the first administrator:');
            console.log('  npm run kamdesk -- user add --username admin --password <at least 8 characters>');
          }
        }
        const app = createApp(services, {
          logger,
          maxUploadBytes: config.maxUploadBytes,
          secureCookies: config.secureCookies,
          webDist: DEFAULT_WEB_DIST,
        });
        const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
          console.log(
            `KAM Desk on http://localhost:${info.port}  ·  ${describeDatabase(config)}  ·  API docs /api/docs`,
          );
          if (config.demo)
            console.log(
              `Demo logins: ${DEMO_LOGINS.map((login) => login.username).join(' / ')}, password ${DEMO_PASSWORD}`,
            );
        });
        const stop = () => {
          server.close();
          database.close().finally(() => process.exit(0));
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      } catch (error) {
        failAndExit(error);
      }
    });
}
