import { Module } from '@nestjs/common';

import { MatchLifecycleModule } from '../matches/match-lifecycle.module';
import { MessageDigestService } from './message-digest.service';
import { MessagesResolver } from './messages.resolver';
import { MessagesService } from './messages.service';

@Module({
  imports: [MatchLifecycleModule],
  providers: [MessagesService, MessagesResolver, MessageDigestService],
  exports: [MessagesService, MessageDigestService],
})
export class MessagesModule {}
