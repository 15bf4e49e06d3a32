import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../shared/auth/access';
import { Role } from '../../shared/auth/role';
import { ListSize, LongText, Name } from '../../shared/validation';
import { PartnerUnit } from '../org/partner-unit.entity';
import { CaseFile } from './case.entity';
import { CaseWorkflowService } from './case-workflow.service';
import { ExtensionRequest, ExtensionStatus } from './extension.entity';

@ArgsType()
class NoteArgs {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) @LongText() note: string | null;
}

@ArgsType()
class RequiredNoteArgs {
  @Field(() => ID) id: string;
  @Field(() => String) @Name(10_000) note: string;
}

@ArgsType()
class HandleArgs extends RequiredNoteArgs {
  @Field(() => [ID], { nullable: true, description: 'After photos uploaded through POST /api/uploads, at most 9.' }) @ListSize(0, 9) photoIds: string[] | null;
}

@ArgsType()
class ReasonArgs {
  @Field(() => ID) id: string;
  @Field(() => String) @Name(10_000) reason: string;
}

@ArgsType()
class VerifyArgs {
  @Field(() => ID) id: string;
  @Field(() => Boolean) passed: boolean;
  @Field(() => String, { nullable: true }) @LongText() note: string | null;
}

@ArgsType()
class ExtensionArgs {
  @Field(() => ID) caseId: string;
  @Field(() => Date) until: Date;
  @Field(() => String) @Name(2000) reason: string;
}

@ArgsType()
class DecisionArgs {
  @Field(() => ID) requestId: string;
  @Field(() => Boolean) grant: boolean;
  @Field(() => String, { nullable: true }) @LongText(2000) note: string | null;
}

@Resolver(() => CaseFile)
export class CaseWorkflowResolver {
  @Allow(Role.COMMAND_CENTER)
  @Mutation(() => CaseFile, { description: 'COMMAND_CENTER; REPORTED -> ACCEPTED.' })
  acceptCase(@Args(() => NoteArgs) args: NoteArgs, @Ctx() ctx: Context): Promise<CaseFile> {
    return new CaseWorkflowService(ctx).accept(args.id, args.note);
  }

  @Allow(Role.COMMAND_CENTER)
  @Mutation(() => CaseFile, { description: 'COMMAND_CENTER; REPORTED -> REJECTED.' })
  rejectCase(@Args(() => ReasonArgs) args: ReasonArgs, @Ctx() ctx: Context): Promise<CaseFile> {
    return new CaseWorkflowService(ctx).reject(args.id, args.reason);
  }

  @Allow(Role.COMMAND_CENTER)
  @Mutation(() => CaseFile, { description: "COMMAND_CENTER; ACCEPTED -> DISPATCHED to a unit. The deadline defaults to the category's handling time." })
  dispatchCase(
    @Arg('id', () => ID) id: string,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('dueAt', () => Date, { nullable: true }) dueAt: Date | null,
    @Ctx() ctx: Context,
  ): Promise<CaseFile> {
    return new CaseWorkflowService(ctx).dispatch(id, unitId, dueAt);
  }

  @Allow(Role.UNIT_REP)
  @Mutation(() => CaseFile, { description: '签收: UNIT_REP of the assigned unit signs for a DISPATCHED case, once; `note`: the first contact with the reporter.' })
  acknowledgeCase(@Args(() => NoteArgs) args: NoteArgs, @Ctx() ctx: Context): Promise<CaseFile> {
    return new CaseWorkflowService(ctx).acknowledge(args.id, args.note);
  }

  @Allow(Role.UNIT_REP, Role.VOLUNTEER)
  @Mutation(() => CaseFile, {
    description: 'UNIT_REP of the assigned unit, or the VOLUNTEER who took its party order (党员领单); DISPATCHED -> HANDLED (signing for it then, if not yet signed).',
  })
  handleCase(@Args(() => HandleArgs) args: HandleArgs, @Ctx() ctx: Context): Promise<CaseFile> {
    return new CaseWorkflowService(ctx).handle(args.id, args.note, args.photoIds);
  }

  @Allow(Role.UNIT_REP)
  @Mutation(() => CaseFile, { description: 'UNIT_REP of the assigned unit: not ours. DISPATCHED -> ACCEPTED, for another dispatch.' })
  returnCase(@Args(() => ReasonArgs) args: ReasonArgs, @Ctx() ctx: Context): Promise<CaseFile> {
    return new CaseWorkflowService(ctx).returnCase(args.id, args.reason);
  }

  @Allow(Role.GRID_WORKER)
  @Mutation(() => CaseFile, { description: "GRID_WORKER of the case's community; HANDLED -> VERIFIED when passed, else back to DISPATCHED (action REWORK)." })
  verifyCase(@Args(() => VerifyArgs) args: VerifyArgs, @Ctx() ctx: Context): Promise<CaseFile> {
    return new CaseWorkflowService(ctx).verify(args.id, args.passed, args.note);
  }

  @Allow(Role.COMMAND_CENTER)
  @Mutation(() => CaseFile, { description: 'COMMAND_CENTER; VERIFIED -> CLOSED.' })
  closeCase(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CaseFile> {
    return new CaseWorkflowService(ctx).close(id);
  }

  @Allow(Role.UNIT_REP)
  @Mutation(() => ExtensionRequest, { description: 'UNIT_REP of the assigned unit asks for a later deadline, with a reason.' })
  requestCaseExtension(@Args(() => ExtensionArgs) args: ExtensionArgs, @Ctx() ctx: Context): Promise<ExtensionRequest> {
    return new CaseWorkflowService(ctx).requestExtension(args.caseId, args.until, args.reason);
  }

  @Allow(Role.COMMAND_CENTER)
  @Mutation(() => ExtensionRequest, { description: 'COMMAND_CENTER grants (the deadline moves) or refuses an extension.' })
  decideCaseExtension(@Args(() => DecisionArgs) args: DecisionArgs, @Ctx() ctx: Context): Promise<ExtensionRequest> {
    return new CaseWorkflowService(ctx).decideExtension(args.requestId, args.grant, args.note);
  }

  @Allow(Role.COMMAND_CENTER)
  @Query(() => [ExtensionRequest], { description: 'COMMAND_CENTER: extension requests awaiting a decision, oldest first.' })
  pendingCaseExtensions(@Ctx() ctx: Context): Promise<ExtensionRequest[]> {
    return ctx.em.find(ExtensionRequest, { status: ExtensionStatus.PENDING }, { orderBy: { requestedAt: 'asc' }, limit: 200 });
  }
}

@Resolver(() => ExtensionRequest)
export class ExtensionResolver {
  @FieldResolver(() => CaseFile, { name: 'case' })
  caseFile(@Root() request: ExtensionRequest): Promise<CaseFile> {
    return request.caseFile.loadOrFail();
  }

  @FieldResolver(() => PartnerUnit)
  unit(@Root() request: ExtensionRequest): Promise<PartnerUnit> {
    return request.unit.loadOrFail();
  }
}
