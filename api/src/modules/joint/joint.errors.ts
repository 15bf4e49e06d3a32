// Message keys of the joint module live in shared/i18n/messages.ts; these helpers name them.
import { AppError } from '../../shared/errors';

export const claimFull = (units: string) => new AppError('CONFLICT', 'claim.full', { units });
export const claimNotOpen = (status: string) => new AppError('CONFLICT', 'claim.notOpen', { status });
export const alreadyClaimed = () => new AppError('CONFLICT', 'claim.already');
export const claimCapReached = (cap: number) => new AppError('CONFLICT', 'claim.cap', { cap });
export const noActiveClaim = () => new AppError('CONFLICT', 'claim.none');
export const wrongNeedStatus = (status: string) => new AppError('CONFLICT', 'need.wrongStatus', { status });
export const agreementExists = () => new AppError('CONFLICT', 'agreement.exists');
export const agreementNotActive = () => new AppError('CONFLICT', 'agreement.notActive');
export const notAUnitRep = () => new AppError('FORBIDDEN', 'unit.noUnit');
export const badPeriod = () => new AppError('BAD_USER_INPUT', 'input.badPeriod');
export const meetingElsewhere = () => new AppError('BAD_USER_INPUT', 'meeting.otherCommunity');
export const maxBelowClaims = (claims: number) => new AppError('BAD_USER_INPUT', 'need.maxBelowClaims', { claims });
