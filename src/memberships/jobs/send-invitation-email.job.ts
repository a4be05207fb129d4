/**
 * Emails one invitation. The job carries no token: the worker issues a fresh link when it sends,
 * so no usable token ever sits in Redis. `issuedAt` makes each (re-)invitation its own job id.
 */
export const SEND_INVITATION_EMAIL_JOB = 'send-invitation-email';

export interface SendInvitationEmailJobData {
  invitationId: string;
  issuedAt: string;
}

export const sendInvitationEmailJobId = (data: SendInvitationEmailJobData) => `invitation-email-${data.invitationId}-${Date.parse(data.issuedAt)}`;
