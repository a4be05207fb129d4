import { Module } from '@nestjs/common';

import { MessagesModule } from '../messages/messages.module';
import { InboxResolver } from './inbox.resolver';
import { InboxService } from './inbox.service';

@Module({
  imports: [MessagesModule],
  providers: [InboxService, InboxResolver],
})
export class InboxModule {}
