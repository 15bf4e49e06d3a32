import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { AuditEvent } from '../../shared/audit/audit-event.entity';
import { Allow } from '../../shared/auth/access';
import { Role } from '../../shared/auth/role';
import { ConnectionType } from '../../shared/pagination';
import { User } from '../org/user.entity';
import { AuditFilter } from './audit.inputs';
import { AuditService, readFields, readPath } from './audit.service';

const AuditEventConnection = ConnectionType('AuditEvent', AuditEvent);

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Allow(Role.ADMIN)
  @Query(() => AuditEventConnection, { description: 'ADMIN only. Newest first.' })
  auditEvents(
    @Arg('filter', () => AuditFilter, { nullable: true }) filter: AuditFilter | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Ctx() ctx: Context,
  ) {
    return new AuditService(ctx).list(filter, first, after);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who acted; null for the system.' })
  actor(@Root() event: AuditEvent, @Ctx() ctx: Context): Promise<User | null> {
    return new AuditService(ctx).actor(event);
  }

  @FieldResolver(() => [String], { description: 'For PERSONAL_DATA_READ: the fields read, e.g. phone, residents, address. Empty otherwise.' })
  fields(@Root() event: AuditEvent): string[] {
    return readFields(event);
  }

  @FieldResolver(() => String, { nullable: true, description: 'For PERSONAL_DATA_READ: the root field the data came through, e.g. needs.' })
  path(@Root() event: AuditEvent): string | null {
    return readPath(event);
  }
}
