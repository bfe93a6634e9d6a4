// The set of repository ports, and a transaction that hands use cases the same set bound to one transaction.
import type { AccountRepository } from '../account/account-repository.ts';
import type { AuditRepository } from '../audit/audit-repository.ts';
import type { ContactRepository } from '../contact/contact-repository.ts';
import type { ProfileQuestionRepository } from '../contact/profile-question-repository.ts';
import type { FactRepository } from '../facts/fact-repository.ts';
import type { OrgUnitRepository, UserRepository } from '../org/org-repository.ts';
import type {
  PlanGoalRepository,
  PlanGraphRepository,
  PlanPeopleRepository,
  PlanRepository,
} from '../plan/plan-repository.ts';
import type { SegmentationRepository } from '../segmentation/segmentation-repository.ts';
import type { TargetPlanRepository } from '../target/target-plan-repository.ts';
import type {
  MarketSizeRepository,
  TargetActualsRepository,
  TargetTrackingRepository,
} from '../target/target-tracking-repository.ts';
import type { AccountValueRepository } from '../value/account-value-repository.ts';
import type { BackgroundRepository } from '../value/background-repository.ts';
import type { WhitespaceRepository } from '../value/whitespace-repository.ts';

export interface Repositories {
  accounts: AccountRepository;
  contacts: ContactRepository;
  audit: AuditRepository;
  orgUnits: OrgUnitRepository;
  users: UserRepository;
  profileQuestions: ProfileQuestionRepository;
  accountValue: AccountValueRepository;
  whitespace: WhitespaceRepository;
  backgrounds: BackgroundRepository;
  segmentation: SegmentationRepository;
  plans: PlanRepository;
  planGraph: PlanGraphRepository;
  planPeople: PlanPeopleRepository;
  planGoals: PlanGoalRepository;
  targetPlans: TargetPlanRepository;
  targetActuals: TargetActualsRepository;
  targetTracking: TargetTrackingRepository;
  marketSizes: MarketSizeRepository;
  facts: FactRepository;
}

/** Runs work in one database transaction: all of it is written, or none. */
export type Transaction = <T>(work: (repos: Repositories) => Promise<T>) => Promise<T>;

/** Who is writing and under which request, for the audit log. */
export interface WriteContext {
  requestId: string | null;
}
