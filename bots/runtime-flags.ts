/**
 * Node flags every process of ours is started with: the Dockerfile, docker-compose.yml, `npm run eventos` and
 * `npm run demo` (package.json), and the load benches' processes (scripts/bench/bench-deployment.ts) use exactly
 * these (tests/security/container-image.test.ts).
 *
 * `--single-threaded-gc`: V8 collects garbage on the main thread only. Its default helper threads pay off with idle
 * cores; we run a process per core (or several on one), where the helpers wait for a core while every request
 * in flight waits for them. On 2 cores at 200 msg/s (`bench webhook`, 10 runs each) the webhook's ack p99 went
 * from a median of ~78 ms to ~47 ms and the worker's CPU per message fell ~10 % (docs/scaling.md, "Fourth pass").
 */
export const NODE_RUNTIME_FLAGS = ['--single-threaded-gc'] as const;
