// The response schema of GET /api/plans/{id}/briefing: the same shape as core's BriefingData
// (core/plan/plan-briefing.ts), checked at compile time in both directions so the two cannot drift.
import { z } from '@hono/zod-openapi';
import type { BriefingData } from '../../core/plan/plan-briefing.ts';

const int = z.number().int();
const str = z.string();
const nstr = z.string().nullable();

const BriefingNode = z.object({
  id: int,
  level: str,
  levelLabel: str,
  title: str,
  description: nstr,
  owner: nstr,
  ownerConfirmed: z.boolean(),
  serves: z.array(int),
});

export const Briefing = z
  .object({
    lang: z.enum(['zh-CN', 'en']),
    generatedOn: str,
    account: z.object({ id: int, code: str, name: str }),
    planYear: int,
    status: str,
    statusLabel: str,
    approvedVersion: int.nullable(),
    health: z.object({ score: int, reasons: z.array(str) }),
    team: z.array(z.object({ name: str, teamRole: str, teamRoleLabel: str })),
    background: z.array(z.object({ key: str, label: str, text: str })),
    strategicMap: z.array(BriefingNode),
    executionMap: z.object({
      nodes: z.array(BriefingNode),
      opportunities: z.array(
        z.object({
          name: str,
          valueFen: int,
          stage: str,
          stageLabel: str,
          probability: int.nullable(),
          closeDate: nstr,
          owner: nstr,
          dmu: z.array(z.object({ contact: str, role: str, roleLabel: str })),
        }),
      ),
      totalValueFen: int,
      weightedValueFen: int,
    }),
    relationships: z.object({
      people: z.array(
        z.object({
          name: str,
          title: nstr,
          external: z.boolean(),
          roles: z.array(str),
          roleLabels: z.array(str),
          influence: nstr,
          attitude: nstr,
          attitudeLabel: nstr,
          coverage: nstr,
          stale: z.boolean().nullable(),
        }),
      ),
      gaps: z.array(
        z.object({
          contact: str,
          member: str,
          currentLevel: int,
          desiredLevel: int,
          gap: int,
          priority: z.number(),
        }),
      ),
      partners: z.array(
        z.object({
          name: str,
          kind: str,
          relationToCustomer: nstr,
          relationToUs: nstr,
          canHelp: z.boolean(),
          howToHelp: nstr,
        }),
      ),
      voices: z.array(z.object({ contact: str, statement: str, heardOn: nstr })),
    }),
    competition: z.array(z.object({ competitor: str, division: str, productLine: str, notes: nstr })),
    goals: z.array(
      z.object({
        title: str,
        parentTitle: nstr,
        metric: nstr,
        unit: nstr,
        baselineValue: z.number().nullable(),
        targetValue: z.number().nullable(),
        dueDate: nstr,
        smartFailing: z.array(str),
      }),
    ),
    actionPlan: z.array(z.object({ title: str, owner: str, dueDate: nstr, status: str, statusLabel: str })),
    supportRequested: nstr,
  })
  .openapi('PlanBriefing');

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Fails to compile when the schema and BriefingData differ. */
export const BRIEFING_SCHEMA_MATCHES: Same<z.infer<typeof Briefing>, BriefingData> = true;
