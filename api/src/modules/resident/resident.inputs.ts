import { Field, ID, InputType } from 'type-graphql';
import { Name, Password, ShortText } from '../../shared/validation';

@InputType()
export class RegisterResidentInput {
  @Field(() => String, { description: 'An 11-digit mainland mobile number; it becomes the username.' }) @ShortText(30) phone: string;
  @Field(() => String, { description: 'At least 8 characters, letters and digits, not the phone number.' }) @Password() password: string;
  @Field(() => ID, { description: 'The community the resident lives in (publicCommunities lists them).' }) communityId: string;
  @Field(() => String, { nullable: true, description: 'How officials address them; 市民 and the last four digits when left out.' }) @Name() displayName?: string | null;
  @Field(() => String, { nullable: true, description: 'The SMS code, when an SMS provider is configured: a first call without it sends one.' })
  @ShortText(12)
  code?: string | null;
}
