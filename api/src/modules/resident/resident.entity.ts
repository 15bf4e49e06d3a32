import { Entity, OneToOne, OptionalProps, Property, type Ref } from '@mikro-orm/core';
import { User } from '../org/user.entity';

/** What a resident's account holds beyond the user: when their phone was verified, when a suspension was lifted. */
@Entity({ tableName: 'resident_account' })
export class ResidentAccount {
  [OptionalProps]?: 'phoneVerifiedAt' | 'reportingResumedAt' | 'registeredAt';

  @OneToOne(() => User, { ref: true, primary: true, deleteRule: 'cascade', fieldName: 'user_id' })
  user: Ref<User>;

  /** Set when an SMS provider checked the code; null when none is configured. */
  @Property({ type: 'datetime', nullable: true })
  phoneVerifiedAt: Date | null = null;

  /** An administrator lifted a suspension: only abusive marks after this count. */
  @Property({ type: 'datetime', nullable: true })
  reportingResumedAt: Date | null = null;

  @Property({ type: 'datetime' })
  registeredAt: Date = new Date();
}
