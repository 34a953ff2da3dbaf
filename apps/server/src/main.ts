import { buildApp } from './app';
import { openDeps } from './bootstrap';
import { loadConfig } from './config';
import { createMailSender } from './mail/sender';

const config = loadConfig();
const deps = await openDeps(config);
const app = await buildApp(deps);
if (deps.seeded) app.log.info('demo data created');
const stopMail = createMailSender(config.mail, deps.db, app.log)?.start(config.mail.pollSeconds);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'stopping');
  stopMail?.();
  await app.close();
  await deps.database.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

await app.listen({ host: config.host, port: config.port });
app.log.info(
  `Verkosto is at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${app.server.address() && typeof app.server.address() === 'object' ? (app.server.address() as { port: number }).port : config.port} (database: ${deps.database.mode}${config.demoMode ? ', demo mode' : ''})`,
);
