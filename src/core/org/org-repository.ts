// Ports for org units and users ([ORG-1]).
import type { Actor } from './actor.ts';
import type { Role } from './roles.ts';

export interface OrgUnitRecord {
  id: number;
  parentId: number | null;
  name: string;
  nameEn: string | null;
  kind: 'company' | 'region' | 'branch' | 'team';
  path: string;
}

export interface UserRecord {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  orgUnitId: number;
  orgUnitName: string;
  orgUnitPath: string;
  active: boolean;
}

export interface OrgUnitRepository {
  list(): Promise<OrgUnitRecord[]>;
  findById(id: number): Promise<OrgUnitRecord | undefined>;
  insert(unit: {
    parentId: number | null;
    name: string;
    nameEn: string | null;
    kind: OrgUnitRecord['kind'];
  }): Promise<number>;
}

export interface UserRepository {
  findById(id: number): Promise<UserRecord | undefined>;
  findByUsername(username: string): Promise<(UserRecord & { passwordHash: string | null }) | undefined>;
  findByIds(ids: number[]): Promise<UserRecord[]>;
  list(filter: {
    q?: string | undefined;
    role?: Role | undefined;
    orgUnitId?: number | undefined;
    limit: number;
    offset: number;
  }): Promise<{ items: UserRecord[]; total: number }>;
  insert(user: {
    username: string;
    displayName: string;
    role: Role;
    orgUnitId: number;
    passwordHash: string;
    email: string | null;
  }): Promise<number>;
  count(): Promise<number>;
}

export function toActor(user: UserRecord): Actor {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    orgUnitId: user.orgUnitId,
    orgUnitName: user.orgUnitName,
    orgUnitPath: user.orgUnitPath,
  };
}
