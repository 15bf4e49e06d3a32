import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** Sign-in attempts admitted by the throttle; those that failed stay, counted per (account, address) and per address. */
@Entity({ tableName: 'login_failure' })
@Index({ properties: ['username', 'at'] })
@Index({ properties: ['ip', 'at'] })
export class LoginFailure {
  [OptionalProps]?: 'at';

  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id: string;

  @Property({ type: 'string', length: 200 })
  username: string;

  @Property({ type: 'string', length: 64 })
  ip: string;

  @Property({ type: 'datetime' })
  at: Date = new Date();
}
