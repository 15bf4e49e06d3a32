import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { User } from '../org/user.entity';
import { CaseFile } from './case.entity';

export enum PhotoStage {
  REPORT = 'REPORT',
  HANDLING = 'HANDLING',
}
registerEnumType(PhotoStage, { name: 'PhotoStage', description: "REPORT: the problem as found; HANDLING: after the unit's work." });

@ObjectType({ description: 'A photo of a case. The file has no metadata; the GPS position it carried is kept here.' })
@Entity({ tableName: 'case_photo' })
export class CasePhoto {
  [OptionalProps]?: 'uploadedAt' | 'latitude' | 'longitude' | 'caseFile' | 'stage';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'string', length: 64 })
  sha256: string;

  @Field(() => String)
  @Property({ type: 'string', length: 20 })
  mimeType: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  size: number;

  @Index()
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  uploader: Ref<User>;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  uploadedAt: Date = new Date();

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  latitude: number | null = null;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  longitude: number | null = null;

  @Index()
  @ManyToOne(() => CaseFile, { ref: true, nullable: true, deleteRule: 'cascade', fieldName: 'case_id' })
  caseFile: Ref<CaseFile> | null = null;

  @Field(() => PhotoStage, { nullable: true })
  @Enum({ items: () => PhotoStage, nativeEnumName: 'photo_stage', nullable: true })
  stage: PhotoStage | null = null;
}
