import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Role } from '../../shared/auth/role';
import { IntRange, ListSize, Name, NumberRange, PairedWith, Password, Phone, ShortText, Username } from '../../shared/validation';
import { CommitteePosition } from './committee-member.entity';
import { UnitKind } from './partner-unit.entity';

@InputType()
export class CreateCommunityInput {
  @Field(() => String) @Name() name: string;
  @Field(() => String) @Name() subdistrict: string;
  @Field(() => String, { nullable: true }) @ShortText(500) address?: string | null;
  @Field(() => Float, { nullable: true, description: 'WGS-84; with longitude or neither.' }) @NumberRange(-90, 90) @PairedWith('longitude') latitude?: number | null;
  @Field(() => Float, { nullable: true }) @NumberRange(-180, 180) @PairedWith('latitude') longitude?: number | null;
}

@InputType()
export class UpdateCommunityInput {
  @Field(() => String, { nullable: true }) @Name() name?: string | null;
  @Field(() => String, { nullable: true }) @Name() subdistrict?: string | null;
  @Field(() => String, { nullable: true }) @ShortText(500) address?: string | null;
  @Field(() => Float, { nullable: true, description: 'WGS-84; with longitude or neither.' }) @NumberRange(-90, 90) @PairedWith('longitude') latitude?: number | null;
  @Field(() => Float, { nullable: true }) @NumberRange(-180, 180) @PairedWith('latitude') longitude?: number | null;
}

@InputType()
export class CreateGridInput {
  @Field(() => ID) communityId: string;
  @Field(() => String) @Name() name: string;
}

@InputType()
export class CreatePartnerUnitInput {
  @Field(() => String) @Name() name: string;
  @Field(() => UnitKind) kind: UnitKind;
  @Field(() => String, { nullable: true }) @ShortText(200) contactName?: string | null;
  @Field(() => String, { nullable: true }) @Phone() contactPhone?: string | null;
  @Field(() => String, { nullable: true }) @ShortText(500) address?: string | null;
}

@InputType()
export class UpdatePartnerUnitInput {
  @Field(() => String, { nullable: true }) @Name() name?: string | null;
  @Field(() => UnitKind, { nullable: true }) kind?: UnitKind | null;
  @Field(() => String, { nullable: true }) @ShortText(200) contactName?: string | null;
  @Field(() => String, { nullable: true }) @Phone() contactPhone?: string | null;
  @Field(() => String, { nullable: true }) @ShortText(500) address?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

@InputType()
export class CommitteeMemberInput {
  @Field(() => String) @Name() personName: string;
  @Field(() => CommitteePosition) position: CommitteePosition;
  @Field(() => String, { nullable: true }) @ShortText(200) title?: string | null;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => Int, { nullable: true }) @IntRange(0, 9999) sortOrder?: number | null;
}

@InputType()
export class CreateUserInput {
  @Field(() => String) @Username() username: string;
  @Field(() => String) @Name() displayName: string;
  @Field(() => String) @Password() password: string;
  @Field(() => [Role]) @ListSize(1, 7) roles: Role[];
  @Field(() => ID, { nullable: true }) communityId?: string | null;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => String, { nullable: true }) @Phone() phone?: string | null;
}

@InputType()
export class UpdateUserInput {
  @Field(() => String, { nullable: true }) @Name() displayName?: string | null;
  @Field(() => [Role], { nullable: true }) @ListSize(1, 7) roles?: Role[] | null;
  @Field(() => ID, { nullable: true, description: 'Set, or null to detach.' }) communityId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Set, or null to detach.' }) unitId?: string | null;
  @Field(() => String, { nullable: true }) @Phone() phone?: string | null;
}

@InputType()
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'Part of the username or display name.' }) @ShortText(100) search?: string | null;
  @Field(() => Role, { nullable: true }) role?: Role | null;
  @Field(() => ID, { nullable: true }) communityId?: string | null;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}
