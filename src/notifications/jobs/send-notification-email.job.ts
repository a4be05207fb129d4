/** Emails one notification; the job id is derived from the notification, so it is never queued twice. */
export const SEND_NOTIFICATION_EMAIL_JOB = 'send-notification-email';

export interface SendNotificationEmailJobData {
  notificationId: string;
}

export const sendNotificationEmailJobId = (notificationId: string) => `notification-email-${notificationId}`;
