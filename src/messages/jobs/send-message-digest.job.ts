import { Injectable } from '@nestjs/common';
import { JobsOptions } from 'bullmq';

import { QueueJob } from '../../queue/queue-job';
import { QueueName } from '../../queue/queue-names';
import { DigestOutcome, MessageDigestService } from '../message-digest.service';

export interface SendMessageDigestJobData {
  matchId: string;
  userId: string;
}

/**
 * One job per recipient, thread and window of MESSAGE_DIGEST_DELAY_MINUTES: every message posted in
 * the same window adds the same id, so the recipient hears once; a later window queues a new one.
 */
export const sendMessageDigestJobId = (matchId: string, userId: string, window: number) => `message-digest-${matchId}-${userId}-${window}`;

/** Sends a follower of a thread one digest of what they have left unread (nothing if they read it). */
@Injectable()
export class SendMessageDigestJob implements QueueJob<SendMessageDigestJobData> {
  static readonly queue = QueueName.MESSAGES;
  static readonly options: JobsOptions = { attempts: 5, backoff: { type: 'exponential', delay: 30_000 }, removeOnComplete: { age: 86400 }, removeOnFail: { age: 7 * 86400 } };

  constructor(private readonly digests: MessageDigestService) {}

  handle(data: SendMessageDigestJobData): Promise<DigestOutcome> {
    return this.digests.send(data.matchId, data.userId);
  }
}
