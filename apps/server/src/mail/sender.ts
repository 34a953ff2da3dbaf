import { asc, eq, isNull } from 'drizzle-orm';
import { createTransport } from 'nodemailer';
import type { Config } from '../config';
import type { Db } from '../db/client';
import { outbox } from '../db/schema/index';

interface Log {
  warn(obj: object, msg: string): void;
}

const BATCH = 20;

/**
 * Sends what waits in the outbox through SMTP, a batch at a time. Rows are claimed with
 * FOR UPDATE SKIP LOCKED, so two servers never send the same mail; a row is marked sent in the same
 * transaction, so a failure leaves it waiting for the next round. Nothing of the mail is logged:
 * the address is personal data.
 */
export function createMailSender(config: Pick<Config['mail'], 'smtpUrl' | 'from'>, db: Db, log: Log) {
  if (!config.smtpUrl) return null;
  const transport = createTransport(config.smtpUrl);

  async function sendPending(): Promise<number> {
    return db.transaction(async (tx) => {
      const waiting = await tx
        .select()
        .from(outbox)
        .where(isNull(outbox.sentAt))
        .orderBy(asc(outbox.createdAt))
        .limit(BATCH)
        .for('update', { skipLocked: true });
      let sent = 0;
      for (const mail of waiting) {
        try {
          await transport.sendMail({
            from: config.from,
            to: mail.toAddress,
            subject: mail.subject,
            text: mail.body,
            ...(mail.ics
              ? { icalEvent: { filename: 'kutsu.ics', method: 'PUBLISH', content: mail.ics } }
              : {}),
          });
        } catch (error) {
          const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
          log.warn({ code }, 'mail not sent; it stays in the outbox');
          continue;
        }
        await tx.update(outbox).set({ sentAt: new Date() }).where(eq(outbox.id, mail.id));
        sent += 1;
      }
      return sent;
    });
  }

  /** Sends every `seconds` (MAIL_POLL_SECONDS); returns the function that stops it. */
  function start(seconds: number): () => void {
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      sendPending()
        .catch((error: unknown) =>
          log.warn({ type: error instanceof Error ? error.name : 'unknown' }, 'outbox round failed'),
        )
        .finally(() => {
          running = false;
        });
    }, seconds * 1000);
    timer.unref();
    return () => {
      clearInterval(timer);
      transport.close();
    };
  }

  return { sendPending, start };
}
