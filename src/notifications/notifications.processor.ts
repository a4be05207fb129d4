import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { SEND_INVITATION_EMAIL_JOB, SendInvitationEmailJobData } from '../memberships/jobs/send-invitation-email.job';
import { QueueName } from '../queue/queue-names';
import { SendNotificationEmailJobData } from './jobs/send-notification-email.job';
import { InvitationMailer } from './invitation-mailer.service';
import { EmailOutcome, NotificationMailer } from './notification-mailer.service';

type EmailJob = Job<SendNotificationEmailJobData, EmailOutcome, string> | Job<SendInvitationEmailJobData, EmailOutcome, string>;

@Processor(QueueName.NOTIFICATIONS)
export class NotificationsProcessor extends WorkerHost {
  constructor(
    private readonly mailer: NotificationMailer,
    private readonly invitations: InvitationMailer,
  ) {
    super();
  }

  process(job: EmailJob): Promise<EmailOutcome> {
    if (job.name === SEND_INVITATION_EMAIL_JOB) return this.invitations.send(job.data as SendInvitationEmailJobData);
    return this.mailer.send((job.data as SendNotificationEmailJobData).notificationId);
  }
}
