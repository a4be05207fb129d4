import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';

import { SendInvitationEmailJob, SendInvitationEmailJobData } from '../memberships/jobs/send-invitation-email.job';
import { QueueName } from '../queue/queue-names';
import { InvitationMailer } from './invitation-mailer.service';
import { SendNotificationEmailJob, SendNotificationEmailJobData } from './jobs/send-notification-email.job';

@Processor(QueueName.NOTIFICATIONS)
export class NotificationsProcessor extends WorkerHost {
  constructor(
    private readonly sendNotificationEmail: SendNotificationEmailJob,
    private readonly invitations: InvitationMailer,
  ) {
    super();
  }

  process(job: Job): Promise<unknown> {
    if (job.name === SendNotificationEmailJob.name) return this.sendNotificationEmail.handle(job.data as SendNotificationEmailJobData);
    if (job.name === SendInvitationEmailJob.name) return this.invitations.send(job.data as SendInvitationEmailJobData);
    throw new UnrecoverableError(`Unknown notifications job "${job.name}"`);
  }
}
