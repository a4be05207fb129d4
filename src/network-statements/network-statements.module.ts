import { Module } from '@nestjs/common';

import { NetworkStatementsOfNetworkResolver, NetworkStatementsResolver, StatementCommitmentsResolver, StatementSignaturesResolver } from './network-statements.resolver';
import { NetworkStatementsService } from './network-statements.service';

@Module({
  providers: [NetworkStatementsService, NetworkStatementsResolver, NetworkStatementsOfNetworkResolver, StatementSignaturesResolver, StatementCommitmentsResolver],
})
export class NetworkStatementsModule {}
