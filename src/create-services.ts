// The one composition root: database → repositories → services.
import { createAccountExportService } from './core/account/account-export-service.ts';
import { createAccountImportService } from './core/account/account-import-service.ts';
import { createAccountService } from './core/account/account-service.ts';
import { createAuditService } from './core/audit/audit-service.ts';
import { createAuthService } from './core/auth/auth-service.ts';
import { createContactExportService } from './core/contact/contact-export-service.ts';
import { createContactImportService } from './core/contact/contact-import-service.ts';
import { createContactService } from './core/contact/contact-service.ts';
import { createProfileQuestionService } from './core/contact/profile-question-service.ts';
import { createCashFactService } from './core/facts/cash-fact-service.ts';
import type { FactAttributionHook, FactDeltaHook } from './core/facts/fact-delta.ts';
import { createOrderLineImportService } from './core/facts/order-line-import-service.ts';
import { createOrderLineService } from './core/facts/order-line-service.ts';
import { createActingUser } from './core/org/acting-user.ts';
import { createUserService } from './core/org/user-service.ts';
import { createPlanConfigService } from './core/plan/plan-config-service.ts';
import { createPlanGoalService } from './core/plan/plan-goal-service.ts';
import { createPlanGraphService } from './core/plan/plan-graph-service.ts';
import { createPlanPeopleService } from './core/plan/plan-people-service.ts';
import { createPlanReviewService } from './core/plan/plan-review-service.ts';
import { createPlanService } from './core/plan/plan-service.ts';
import { createPlanWorkflowService } from './core/plan/plan-workflow-service.ts';
import { createAccountAssessmentService } from './core/segmentation/account-assessment-service.ts';
import { createClassificationRunner } from './core/segmentation/classification-runner.ts';
import { createClassificationService } from './core/segmentation/classification-service.ts';
import { createProductLineBcgService } from './core/segmentation/product-line-bcg-service.ts';
import { createSegmentationConfigService } from './core/segmentation/segmentation-config-service.ts';
import { createSegmentationReportService } from './core/segmentation/segmentation-report-service.ts';
import type { Clock } from './core/shared/clock.ts';
import type { Repositories, Transaction } from './core/shared/repositories.ts';
import { createMarketSizeService } from './core/target/market-size-service.ts';
import { createTargetActualsHook, createTargetActualsService } from './core/target/target-actuals-service.ts';
import { createTargetAttributionHook } from './core/target/target-attribution-hook.ts';
import { createTargetEditService } from './core/target/target-edit-service.ts';
import { createTargetOgsmService } from './core/target/target-ogsm-service.ts';
import { createTargetPlanService } from './core/target/target-plan-service.ts';
import { createTargetSheetService } from './core/target/target-sheet-service.ts';
import { createTargetTrackingService } from './core/target/target-tracking-service.ts';
import { createTargetVersionService } from './core/target/target-version-service.ts';
import { createBackgroundService } from './core/value/background-service.ts';
import { createValueService } from './core/value/value-service.ts';
import { createWhitespaceService } from './core/value/whitespace-service.ts';
import type { Database } from './db/connect.ts';
import { createAuthRepository } from './db/repositories/auth-repository.ts';
import { createClassificationSourceRepository } from './db/repositories/classification-source-repository.ts';
import { createRepositories, createTransaction } from './db/repositories/create-repositories.ts';
import { createExcelRepository, createExcelTransaction } from './db/repositories/excel-repository.ts';
import { createJobRepository } from './db/repositories/job-repository.ts';
import { createProductLineFactsRepository } from './db/repositories/product-line-facts-repository.ts';
import { createSegmentationReportRepository } from './db/repositories/segmentation-report-repository.ts';

export interface ServiceOptions {
  clock?: Clock;
  sessionHours?: number;
}

export const systemClock: Clock = { now: () => new Date() };

export function createServices(database: Database, options: ServiceOptions = {}) {
  const clock = options.clock ?? systemClock;
  const repos = createRepositories(database.db);
  const transaction = createTransaction(database.db);
  const excel = createExcelRepository(database.db);
  const excelTransaction = createExcelTransaction(database.db);
  const jobs = createJobRepository(database.db);
  const classificationSource = createClassificationSourceRepository(database.db);
  const classificationRunner = createClassificationRunner({
    repos,
    clock,
    source: classificationSource,
    jobs,
  });
  const segmentationConfig = createSegmentationConfigService({
    repos,
    transaction,
    source: classificationSource,
    runner: classificationRunner,
  });
  const accountAssessments = createAccountAssessmentService({
    repos,
    transaction,
    runner: classificationRunner,
  });
  const contacts = createContactService({ repos, transaction, clock });
  const plans = createPlanService({ repos, transaction, clock });
  // Whoever keeps figures derived from the monthly facts (target node actuals) appends its hook here; every
  // write of order lines, collections and expenses calls them in its transaction.
  const onFactDeltas: FactDeltaHook[] = [createTargetActualsHook()];
  const factDeps = { repos, transaction, clock, onFactDeltas };
  // Likewise for the use cases that change an account's owner, industry or type: its facts move with it.
  const onAttributionChange: FactAttributionHook[] = [createTargetAttributionHook()];
  return {
    database,
    clock,
    accounts: createAccountService({ repos, transaction, clock, onAttributionChange }),
    contacts,
    auth: createAuthService({
      auth: createAuthRepository(database.db),
      repos,
      clock,
      sessionHours: options.sessionHours ?? 12,
    }),
    users: createUserService({ repos }),
    audit: createAuditService({ audit: repos.audit }),
    accountImport: createAccountImportService({ transaction: excelTransaction, onAttributionChange }),
    contactImport: createContactImportService({ transaction: excelTransaction, clock }),
    accountExport: createAccountExportService({ repos, excel }),
    contactExport: createContactExportService({ repos, excel, clock }),
    actingUser: createActingUser({ users: repos.users }),
    value: createValueService({
      repos,
      transaction,
      clock,
      onInputsChanged: (accountId) =>
        classificationRunner.computeAccount(accountId, classificationRunner.currentPeriod()),
    }),
    whitespace: createWhitespaceService({ repos, transaction }),
    backgrounds: createBackgroundService({ repos, transaction }),
    profileQuestions: createProfileQuestionService({ repos, transaction }),
    classification: createClassificationService({ repos, jobs, runner: classificationRunner }),
    segmentationConfig,
    accountAssessments,
    productLineBcg: createProductLineBcgService({
      facts: createProductLineFactsRepository(database.db),
      runner: classificationRunner,
      assessments: accountAssessments,
      config: segmentationConfig,
    }),
    segmentationReports: createSegmentationReportService({
      reports: createSegmentationReportRepository(database.db),
      segmentation: repos.segmentation,
      clock,
    }),
    plans,
    planWorkflow: createPlanWorkflowService({ transaction, clock }),
    planGraph: createPlanGraphService({ repos, transaction, plans }),
    planPeople: createPlanPeopleService({ repos, transaction, plans, contacts }),
    planGoals: createPlanGoalService({ repos, transaction, plans }),
    planReviews: createPlanReviewService({ repos, transaction, clock, plans }),
    planConfig: createPlanConfigService({ repos, transaction }),
    targetActuals: createTargetActualsService(),
    targetTracking: createTargetTrackingService({ repos, transaction, clock }),
    marketSizes: createMarketSizeService({ repos, transaction }),
    orderLines: createOrderLineService(factDeps),
    cashFacts: createCashFactService(factDeps),
    orderLineImport: createOrderLineImportService(factDeps),
    ...targetPlanServices(repos, transaction),
    targetSheets: createTargetSheetService({ repos, transaction, actuals: createTargetActualsService() }),
  };
}

/** Target plan use cases ([TGT-1]…[TGT-4]) with tracking's actuals as their history and rebuild port. */
function targetPlanServices(repos: Repositories, transaction: Transaction) {
  const actuals = createTargetActualsService();
  return {
    targetPlans: createTargetPlanService({ repos, transaction, actuals }),
    targetPlanEdits: createTargetEditService({ repos, transaction, actuals }),
    targetPlanVersions: createTargetVersionService({ repos, transaction, actuals }),
    targetOgsm: createTargetOgsmService({ repos, transaction }),
  };
}

export type Services = ReturnType<typeof createServices>;
