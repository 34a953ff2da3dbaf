import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness';
import { outbox } from '../db/schema/index';
import { createMailSender } from './sender';

let t: TestApp;
let smtp: SMTPServer;
let port: number;
const received: { to: string[]; data: string }[] = [];
const REFUSED = 'refused@example.fi';

beforeAll(async () => {
  t = await startTestApp();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(address.address === REFUSED ? new Error('mailbox unavailable') : undefined);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString(),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(resolve));
  await t.close();
});

const queue = async (to: string) => {
  const [row] = await t.deps.db
    .insert(outbox)
    .values({
      toAddress: to,
      subject: 'Kutsu tapaamiseen',
      body: 'Aika: 1.12.2026 klo 13.00',
      ics: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
    })
    .returning({ id: outbox.id });
  return row!.id;
};
const sentAt = async (id: string) =>
  (await t.deps.db.select({ sentAt: outbox.sentAt }).from(outbox).where(eq(outbox.id, id)))[0]?.sentAt ??
  null;

describe('the outbox over SMTP', () => {
  it('sends waiting mail with its calendar file once, and keeps what the server refused for the next round', async () => {
    const warnings: object[] = [];
    const sender = createMailSender(
      { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Verkosto <noreply@verkosto.invalid>' },
      t.deps.db,
      { warn: (obj) => warnings.push(obj) },
    );
    const ok = await queue(`mummi.${Date.now()}@example.fi`);
    const refused = await queue(REFUSED);

    await sender!.sendPending();

    const mail = received.find((m) => m.data.includes('Kutsu tapaamiseen') && m.to[0]?.startsWith('mummi.'));
    expect(mail?.data).toContain('text/calendar');
    expect(await sentAt(ok)).not.toBeNull();
    expect(await sentAt(refused)).toBeNull();
    // The log says that a mail failed, never to whom.
    expect(JSON.stringify(warnings)).not.toContain('example.fi');

    const before = received.length;
    await sender!.sendPending();
    expect(received.slice(before).some((m) => m.to.includes(mail!.to[0]!))).toBe(false);
  });

  it('is off without SMTP: the mail waits in the outbox', () => {
    expect(createMailSender({ smtpUrl: null, from: 'x' }, t.deps.db, { warn: () => {} })).toBeNull();
  });
});
