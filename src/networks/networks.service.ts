import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { AccessService } from '../common/access/access.service';
import { Actor } from '../common/access/actor';
import { OrganizationKind } from '../common/domain/organization-kind.enum';
import { AppError } from '../common/errors/app-error';
import { Page, paginate } from '../common/pagination/pagination';
import { escapeLike } from '../common/pagination/search';
import { sentFields } from '../common/validation/update-fields';
import { OrganizationsService } from '../organizations/organizations.service';
import { CreateNetworkInput, NetworkMemberArgs, NetworksArgs, UpdateNetworkInput } from './dtos/network.inputs';
import { NetworkEntity } from './network.entity';
import { NetworkMemberEntity } from './network-member.entity';

@Injectable()
export class NetworksService {
  constructor(
    @InjectRepository(NetworkEntity) private readonly networks: Repository<NetworkEntity>,
    @InjectRepository(NetworkMemberEntity) private readonly members: Repository<NetworkMemberEntity>,
    private readonly organizations: OrganizationsService,
    private readonly access: AccessService,
  ) {}

  list({ filter, ...page }: NetworksArgs): Promise<Page<NetworkEntity>> {
    const qb = this.networks.createQueryBuilder('n');
    if (filter?.region) qb.andWhere('n.region = :region', { region: filter.region });
    if (filter?.search) qb.andWhere('n.name ILIKE :search', { search: `%${escapeLike(filter.search)}%` });
    return paginate(qb, page);
  }

  async get(id: string): Promise<NetworkEntity> {
    const network = await this.networks.findOneBy({ id });
    if (!network) throw AppError.notFound('Network');
    return network;
  }

  async create(actor: Actor, input: CreateNetworkInput): Promise<NetworkEntity> {
    this.access.assertPlatformAdmin(actor);
    await this.assertNameFree(input.name);
    return this.networks.save(this.networks.create(input));
  }

  async update(actor: Actor, id: string, input: UpdateNetworkInput): Promise<NetworkEntity> {
    this.access.assertPlatformAdmin(actor);
    const network = await this.get(id);
    if (input.name !== undefined && input.name !== network.name) await this.assertNameFree(input.name);
    const changes = sentFields(input);
    if (Object.keys(changes).length > 0) await this.networks.update({ id }, changes);
    return this.get(id);
  }

  async addMember(actor: Actor, { networkId, organizationId }: NetworkMemberArgs): Promise<NetworkEntity> {
    this.access.assertPlatformAdmin(actor);
    const [network, organization] = await Promise.all([this.get(networkId), this.organizations.get(organizationId)]);
    if (organization.kind !== OrganizationKind.INTERMEDIARY) {
      throw AppError.badInput('Only intermediaries can join a network.', [{ field: 'organizationId', message: 'must be an intermediary' }]);
    }
    if (await this.members.existsBy({ networkId, organizationId })) throw AppError.conflict('This intermediary is already in the network.');
    await this.members.insert({ networkId, organizationId });
    return network;
  }

  async removeMember(actor: Actor, { networkId, organizationId }: NetworkMemberArgs): Promise<NetworkEntity> {
    this.access.assertPlatformAdmin(actor);
    const network = await this.get(networkId);
    const { affected } = await this.members.delete({ networkId, organizationId });
    if (!affected) throw AppError.notFound('Network member');
    return network;
  }

  /** The member intermediaries of each network, earliest first: one query for a whole page of networks. */
  private async assertNameFree(name: string): Promise<void> {
    if (await this.networks.existsBy({ name })) throw AppError.conflict(`A network named "${name}" already exists.`);
  }
}
