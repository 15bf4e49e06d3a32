import { Field, ID, InputType } from 'type-graphql';
import { AnId, EachShortText, ListSize, ShortText } from '../../shared/validation';

@InputType({ description: 'Every condition given must hold.' })
export class AuditFilter {
  @Field(() => ID, { nullable: true, description: 'Who acted: a user ID.' })
  @AnId()
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'The GraphQL type of the subject: User, Household, Visit, …' })
  @ShortText(60)
  subjectType?: string | null;

  @Field(() => ID, { nullable: true, description: "The subject's ID, e.g. a household's: who read its data." })
  @AnId()
  subjectId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Any of these actions (at most 20), e.g. PERSONAL_DATA_READ.' })
  @ListSize(0, 20)
  @EachShortText(60)
  actions?: string[] | null;

  @Field(() => Date, { nullable: true, description: 'From this instant, inclusive.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this instant.' })
  to?: Date | null;
}
