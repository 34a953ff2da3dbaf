/**
 * Runs the real server (src/main.ts) as a child of a test. Two additions, both for the test's sake:
 * it stops when its stdin closes — which is also what happens when the test runner dies, however
 * it dies, so no server outlives its test — and it tells the parent over IPC once it is listening
 * (main.ts's top-level await ends with listen), so the test waits on an event, not a sleep.
 */
process.stdin.on('close', () => process.kill(process.pid, 'SIGTERM'));
process.stdin.resume();

export {};

await import('../../src/main');
process.send?.('listening');
