import { carePolicies } from './modules/care/care.policy';
import { casePolicies } from './modules/case/case.policy';
import { jointPolicies } from './modules/joint/joint.policy';
import { notifyPolicies } from './modules/notify/notify.policy';
import { orderPolicies } from './modules/order/order.policy';
import { orgPolicies } from './modules/org/org.policy';
import { residentPolicies } from './modules/resident/resident.policy';
import { streetPolicies } from './modules/street/street.policy';
import { volunteerPolicies } from './modules/volunteer/volunteer.policy';
import { mergePolicies } from './shared/auth/policy';

/** Every feature's access policy, applied to the schema once (see shared/auth/policy.ts). */
export const POLICIES = mergePolicies(orgPolicies, jointPolicies, casePolicies, volunteerPolicies, carePolicies, streetPolicies, residentPolicies, notifyPolicies, orderPolicies);
