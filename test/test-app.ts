// The whole HTTP app on a fresh test database with the fixture company, and a tiny client that signs in
// as a fixture user and sends cookie + CSRF like the web app does.
import type { Clock } from '../src/core/shared/clock.ts';
import { createServices } from '../src/create-services.ts';
import { createApp } from '../src/http/app.ts';
import { createLogger } from '../src/logger.ts';
import { type Fixture, PASSWORD, seedFixture } from './fixtures.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export interface TestApp {
  database: TestDatabase;
  fixture: Fixture;
  app: ReturnType<typeof createApp>;
  services: ReturnType<typeof createServices>;
  /** Signs in and returns a client bound to that session. */
  as(username: string): Promise<Client>;
  close(): Promise<void>;
}

export interface Client {
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  get(path: string): Promise<Response>;
  csrfToken: string;
  cookie: string;
}

export const fixedClock = (iso = '2026-11-25T04:00:00Z'): Clock => ({ now: () => new Date(iso) });

export async function createTestApp(options: { maxUploadBytes?: number } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const fixture = await seedFixture(database);
  const services = createServices(database, { clock: fixedClock() });
  const app = createApp(services, {
    logger: createLogger('silent'),
    maxUploadBytes: options.maxUploadBytes ?? 2 * 1024 * 1024,
    secureCookies: false,
  });
  const clients = new Map<string, Client>();
  return {
    database,
    fixture,
    app,
    services,
    async as(username) {
      const cached = clients.get(username);
      if (cached) return cached;
      const res = await app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: PASSWORD }),
      });
      if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${await res.text()}`);
      const { csrfToken } = (await res.json()) as { csrfToken: string };
      const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
      const client: Client = {
        csrfToken,
        cookie,
        request: (method, path, body, headers = {}) =>
          Promise.resolve(
            app.request(path, {
              method,
              headers: {
                cookie,
                'x-csrf-token': csrfToken,
                ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
                ...headers,
              },
              ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
            }),
          ),
        get: (path) => Promise.resolve(app.request(path, { headers: { cookie } })),
      };
      clients.set(username, client);
      return client;
    },
    close: () => database.dispose(),
  };
}
