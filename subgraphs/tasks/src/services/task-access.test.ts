import type { UserIdentity } from '@crm/platform';
import { canChangeStatus, canManageTask, canSeeTask } from './task-access';

const org = '00000000-0000-4000-8000-000000000001';
const user = (userId: string, roles: UserIdentity['roles'] = ['SELLER'], orgId = org): UserIdentity => ({ kind: 'user', userId, orgId, roles });
const task = { organizationId: org, authorId: 'author', assigneeId: 'executor' };
const deal = { organizationId: org, ownerId: 'owner', participantIds: ['participant'] };
const closed = { sellersSeeAllDeals: false };
const open = { sellersSeeAllDeals: true };

describe('task access', () => {
  it('lets the author, the assignee, deal members and admins see a task — nobody else, never across organisations', () => {
    for (const id of ['author', 'executor', 'owner', 'participant']) expect(canSeeTask(user(id), task, deal, closed)).toBe(true);
    expect(canSeeTask(user('admin', ['ADMIN']), task, null, closed)).toBe(true);
    expect(canSeeTask(user('stranger'), task, deal, closed)).toBe(false);
    expect(canSeeTask(user('admin', ['ADMIN'], 'other-org'), task, deal, open)).toBe(false);
    expect(canSeeTask(user('author', ['SELLER'], 'other-org'), task, deal, open)).toBe(false);
  });

  it('lets any seller of the organisation see a deal task when sellers see all deals; not executors, not deal-less tasks', () => {
    expect(canSeeTask(user('stranger', ['SELLER']), task, deal, open)).toBe(true);
    expect(canSeeTask(user('stranger', ['EXECUTOR']), task, deal, open)).toBe(false);
    expect(canSeeTask(user('stranger', ['SELLER']), task, null, open)).toBe(false);
  });

  it('lets the author, the deal owner and admins manage; not the assignee or a participant', () => {
    expect(canManageTask(user('author'), task, deal)).toBe(true);
    expect(canManageTask(user('owner'), task, deal)).toBe(true);
    expect(canManageTask(user('admin', ['ADMIN']), task, deal)).toBe(true);
    expect(canManageTask(user('executor', ['EXECUTOR']), task, deal)).toBe(false);
    expect(canManageTask(user('participant'), task, deal)).toBe(false);
    // Without the deal's read model row the owner is unknown: only author and admins remain.
    expect(canManageTask(user('owner'), task, null)).toBe(false);
  });

  it('lets the assignee move the status of their own task except cancelling it', () => {
    const executor = user('executor', ['EXECUTOR']);
    expect(canChangeStatus(executor, task, deal, 'IN_PROGRESS')).toBe(true);
    expect(canChangeStatus(executor, task, deal, 'DONE')).toBe(true);
    expect(canChangeStatus(executor, task, deal, 'NEW')).toBe(true);
    expect(canChangeStatus(executor, task, deal, 'CANCELLED')).toBe(false);
    expect(canChangeStatus(user('other-executor', ['EXECUTOR']), task, deal, 'DONE')).toBe(false);
    expect(canChangeStatus(user('author'), task, deal, 'CANCELLED')).toBe(true);
  });
});
