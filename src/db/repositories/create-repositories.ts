// Builds the repository set on a Kysely executor (the pool, or one transaction).
import type { Kysely } from 'kysely';
import type { Repositories, Transaction } from '../../core/shared/repositories.ts';
import type { DB } from '../schema.ts';
import { createAccountRepository } from './account-repository.ts';
import { createAccountValueRepository } from './account-value-repository.ts';
import { createAuditRepository } from './audit-repository.ts';
import { createBackgroundRepository } from './background-repository.ts';
import { createContactRepository } from './contact-repository.ts';
import { createFactRepository } from './fact-repository.ts';
import { createMarketSizeRepository } from './market-size-repository.ts';
import { createOrgUnitRepository, createUserRepository } from './org-repository.ts';
import { createPlanGoalRepository } from './plan-goal-repository.ts';
import { createPlanGraphRepository } from './plan-graph-repository.ts';
import { createPlanPeopleRepository } from './plan-people-repository.ts';
import { createPlanRepository } from './plan-repository.ts';
import { createProfileQuestionRepository } from './profile-question-repository.ts';
import { createSegmentationRepository } from './segmentation-repository.ts';
import { createTargetActualsRepository } from './target-actuals-repository.ts';
import { createTargetPlanRepository } from './target-plan-repository.ts';
import { createTargetTrackingRepository } from './target-tracking-repository.ts';
import { createWhitespaceRepository } from './whitespace-repository.ts';

export function createRepositories(db: Kysely<DB>): Repositories {
  return {
    accounts: createAccountRepository(db),
    contacts: createContactRepository(db),
    audit: createAuditRepository(db),
    orgUnits: createOrgUnitRepository(db),
    users: createUserRepository(db),
    profileQuestions: createProfileQuestionRepository(db),
    accountValue: createAccountValueRepository(db),
    whitespace: createWhitespaceRepository(db),
    backgrounds: createBackgroundRepository(db),
    segmentation: createSegmentationRepository(db),
    plans: createPlanRepository(db),
    planGraph: createPlanGraphRepository(db),
    planPeople: createPlanPeopleRepository(db),
    planGoals: createPlanGoalRepository(db),
    targetPlans: createTargetPlanRepository(db),
    targetActuals: createTargetActualsRepository(db),
    targetTracking: createTargetTrackingRepository(db),
    marketSizes: createMarketSizeRepository(db),
    facts: createFactRepository(db),
  };
}

export function createTransaction(db: Kysely<DB>): Transaction {
  return (work) => db.transaction().execute((trx) => work(createRepositories(trx)));
}
