import { MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/pagination';
import { Notification } from './notification.entity';
import { NotificationKind, NotifyChannel } from './notify.enums';

export const NotificationConnection = ConnectionType('Notification', Notification);

@ObjectType({ description: 'Whether one kind of notification goes to one channel for the signed-in user.' })
export class NotificationPreferenceView {
  @Field(() => NotificationKind) kind: NotificationKind;
  @Field(() => NotifyChannel) channel: NotifyChannel;
  @Field(() => Boolean) enabled: boolean;
}

@ObjectType({ description: "A community's or unit's group robot. The URL and secret are never returned once set." })
export class GroupWebhookView {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) communityId: string | null;
  @Field(() => ID, { nullable: true }) unitId: string | null;
  @Field(() => String, { description: "The group's name: the community's or the unit's." }) ownerName: string;
  @Field(() => String, { description: 'The host of the URL only, to recognise it.' }) host: string;
  @Field(() => Boolean) signed: boolean;
  @Field(() => Boolean) active: boolean;
}

@InputType()
export class SetGroupWebhookInput {
  @Field(() => ID, { nullable: true }) communityId?: string | null;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => String) @MaxLength(1000) url: string;
  @Field(() => String, { nullable: true, description: 'Empty: no signing. Absent: keep the one set before.' }) @MaxLength(200) secret?: string | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

@InputType({ description: "A browser's PushSubscription (its toJSON())." })
export class PushSubscriptionInput {
  @Field(() => String) @MaxLength(1000) endpoint: string;
  @Field(() => String) @MaxLength(200) p256dh: string;
  @Field(() => String) @MaxLength(100) auth: string;
}

@ObjectType()
export class WebhookTestResult {
  @Field(() => Boolean) ok: boolean;
  @Field(() => String, { nullable: true }) error: string | null;
}
