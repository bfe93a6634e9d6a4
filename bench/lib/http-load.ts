// HTTP load with autocannon: N keep-alive connections, each sending its next request as soon as the previous
// answer arrives, for a fixed time. Latencies are recorded here in fractional milliseconds (autocannon's own
// histogram rounds to whole milliseconds, too coarse for a bare route).
import autocannon from 'autocannon';

export interface LoadOptions {
  baseUrl: string;
  connections: number;
  durationSeconds: number;
  headers?: Record<string, string> | undefined;
  /** Paths to request, one after another in turn across all connections (each request takes the next). */
  paths: readonly string[];
}

export interface LoadResult {
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { mean: number; p50: number; p90: number; p99: number; max: number };
  /** Responses with a status outside 200–299. */
  non2xx: number;
  statusCodes: Record<string, number>;
  /** Connection errors and timeouts. */
  errors: number;
  timeouts: number;
  bytesPerSecond: number;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let next = 0;
  const paths = options.paths;
  if (paths.length === 0) throw new Error('runLoad needs at least one path');

  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.baseUrl,
        connections: options.connections,
        duration: options.durationSeconds,
        headers: options.headers ?? {},
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => {
              request.path = paths[next++ % paths.length] as string;
              return request;
            },
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
      latencies.push(responseTime);
    });
  });

  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  const mean = latencies.reduce((sum, v) => sum + v, 0) / Math.max(1, latencies.length);
  return {
    durationSeconds: result.duration,
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / result.duration,
    latencyMs: { mean, p50: at(0.5), p90: at(0.9), p99: at(0.99), max: latencies.at(-1) ?? 0 },
    non2xx: result.non2xx,
    statusCodes,
    errors: result.errors,
    timeouts: result.timeouts,
    bytesPerSecond: result.throughput.average,
  };
}
