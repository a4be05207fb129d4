import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { AppConfig } from '../config/app-config';
import { IssuedInvitation, issueInvitationLink } from '../memberships/invitation-links';
import { SendInvitationEmailJobData } from '../memberships/jobs/send-invitation-email.job';
import { EmailOutcome, NotificationMailer } from './notification-mailer.service';
import { toLocale } from './notification-texts';

type Texts = (i: IssuedInvitation, url: string) => { subject: string; text: string };

const TEXTS: Record<'en' | 'de' | 'ja', Texts> = {
  en: (i, url) => ({
    subject: `${i.organizationName} invites you to Rally`,
    text: `${i.name ? `Hello ${i.name},` : 'Hello,'}\n\n${i.organizationName} invites you to join them on Rally, where you can offer your skills to nonprofits and follow your pro-bono work.\n\nAccept the invitation (valid for 14 days):\n${url}\n\nIf you did not expect this email, you can ignore it.\n`,
  }),
  de: (i, url) => ({
    subject: `${i.organizationName} lädt Sie zu Rally ein`,
    text: `${i.name ? `Guten Tag ${i.name},` : 'Guten Tag,'}\n\n${i.organizationName} lädt Sie ein, auf Rally mitzumachen: Dort bieten Sie gemeinnützigen Organisationen Ihre Fähigkeiten an und verfolgen Ihr Pro-bono-Engagement.\n\nEinladung annehmen (14 Tage gültig):\n${url}\n\nWenn Sie diese E-Mail nicht erwartet haben, können Sie sie ignorieren.\n`,
  }),
  ja: (i, url) => ({
    subject: `${i.organizationName}からRallyへの招待が届いています`,
    text: `${i.name ? `${i.name} 様` : 'こんにちは。'}\n\n${i.organizationName}から、Rallyへの参加のご招待です。Rallyでは、ご自身のスキルを非営利団体に提供し、プロボノ活動の進み具合を確認できます。\n\n招待を受ける（有効期限14日）:\n${url}\n\nお心当たりのない場合は、このメールを破棄してください。\n`,
  }),
};

/** Sends the email of an imported invitation, in the invitee's language, with a link issued at send time. */
@Injectable()
export class InvitationMailer {
  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly mailer: NotificationMailer,
  ) {}

  async send(job: SendInvitationEmailJobData): Promise<EmailOutcome> {
    const invitation = await issueInvitationLink(this.dataSource, job.invitationId, job.issuedAt);
    if (!invitation) return 'skipped';
    const url = `${this.config.publicUrl.replace(/\/+$/, '')}/invitations/${invitation.token}`;
    const { subject, text } = TEXTS[toLocale(invitation.locale ?? 'en')](invitation, url);
    return this.mailer.deliver(
      { from: this.config.MAIL_FROM, to: { name: invitation.name ?? '', address: invitation.email }, subject, text, headers: { 'X-Rally-Invitation': job.invitationId } },
      `invitation-${job.invitationId}`,
    );
  }
}
