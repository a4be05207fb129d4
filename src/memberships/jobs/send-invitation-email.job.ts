import { EMAIL_JOB_OPTIONS, QueueJob } from '../../queue/queue-job';
import { QueueName } from '../../queue/queue-names';

export interface SendInvitationEmailJobData {
  invitationId: string;
  issuedAt: string;
}

/** `issuedAt` makes each (re-)invitation its own job, so a re-invite sends a fresh link once. */
export const sendInvitationEmailJobId = (data: SendInvitationEmailJobData) => `invitation-email-${data.invitationId}-${Date.parse(data.issuedAt)}`;

/**
 * Emails one invitation. The job carries no token: the worker issues a fresh link when it sends, so no
 * usable token ever sits in Redis. Memberships owns the job; the notifications worker, which owns email
 * delivery, implements it (so this layer never imports the one above it).
 */
export abstract class SendInvitationEmailJob implements QueueJob<SendInvitationEmailJobData> {
  static readonly queue = QueueName.NOTIFICATIONS;
  static readonly options = EMAIL_JOB_OPTIONS;

  abstract handle(data: SendInvitationEmailJobData): Promise<unknown>;
}
