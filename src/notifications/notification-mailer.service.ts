import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createTransport, SendMailOptions } from 'nodemailer';
import { DataSource } from 'typeorm';

import { NotificationKind } from '../common/domain/notification-kind.enum';
import { AppConfig } from '../config/app-config';
import { emailFooter, renderStored } from './notification-texts';

interface EmailRow {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  data: Record<string, unknown>;
  match_id: string | null;
  emailed_at: Date | null;
  email: string;
  name: string;
  locale: string;
}

export type EmailOutcome = 'sent' | 'written' | 'skipped';

/**
 * Sends a notification's email through SMTP_URL, or, with no SMTP configured, writes it as an .eml
 * file to OUTBOX_DIR (development and tests). Runs in the worker; marks the notification emailed.
 */
@Injectable()
export class NotificationMailer implements OnModuleDestroy {
  private readonly logger = new Logger(NotificationMailer.name);
  private readonly smtp;
  private readonly files = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {
    this.smtp = config.SMTP_URL ? createTransport(config.SMTP_URL) : null;
  }

  async send(notificationId: string): Promise<EmailOutcome> {
    const [row] = (await this.dataSource.query(
      `SELECT n.id, n.kind, n.title, n.body, n.data, n.match_id, n.emailed_at, u.email, u.name, u.locale
         FROM notification n JOIN user_account u ON u.id = n.user_id WHERE n.id = $1`,
      [notificationId],
    )) as EmailRow[];
    if (!row || row.emailed_at) return 'skipped';
    const outcome = await this.deliver(this.message(row), row.id);
    await this.dataSource.query('UPDATE notification SET emailed_at = now() WHERE id = $1 AND emailed_at IS NULL', [row.id]);
    return outcome;
  }

  private message(row: EmailRow): SendMailOptions {
    const url = `${this.config.publicUrl.replace(/\/$/, '')}/${row.match_id ? `matches/${row.match_id}` : 'notifications'}`;
    // In the recipient's language at sending time, which may differ from when the row was written.
    const { title, body } = renderStored(row, row.locale);
    return {
      from: this.config.MAIL_FROM,
      to: { name: row.name, address: row.email },
      subject: title,
      text: `${body}\n\n${emailFooter(row.locale, url)}\n`,
      headers: { 'X-Rally-Notification': row.id },
    };
  }

  /** Sends one email, or writes it to OUTBOX_DIR as `<time>-<fileId>.eml` when no SMTP is configured. */
  async deliver(message: SendMailOptions, fileId: string): Promise<EmailOutcome> {
    if (this.smtp) {
      await this.smtp.sendMail(message);
      return 'sent';
    }
    const info = await this.files.sendMail(message);
    await mkdir(this.config.OUTBOX_DIR, { recursive: true });
    const file = join(this.config.OUTBOX_DIR, `${new Date().toISOString().replace(/[:.]/g, '-')}-${fileId}.eml`);
    await writeFile(file, info.message as Buffer);
    this.logger.log(`No SMTP_URL set: email "${String(message.subject)}" written to ${file}`);
    return 'written';
  }

  onModuleDestroy(): void {
    this.smtp?.close();
  }
}
