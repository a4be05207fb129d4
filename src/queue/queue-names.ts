/** Every BullMQ queue Rally uses. */
export enum QueueName {
  MATCHING = 'matching',
  LIFECYCLE = 'lifecycle',
  NOTIFICATIONS = 'notifications',
  DOMAIN_EVENTS = 'domain-events',
  MESSAGES = 'messages',
  FOLLOW_UPS = 'follow-ups',
  EVENTS = 'events',
}
