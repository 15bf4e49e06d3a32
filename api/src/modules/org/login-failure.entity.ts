import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** Failed sign-ins, counted per account and per address to slow down guessing. */
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
