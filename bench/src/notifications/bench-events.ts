import { randomUUID } from 'node:crypto';

/** One event the bench publishes, and what it must leave in Notifications. */
/** The publisher checks `data` against the event's contract. */
export interface BenchEvent {
  type: 'tasks.task.assigned' | 'crm.calculation.added' | 'payments.income.received' | 'documents.file.added';
  data: Record<string, unknown>;
  actorId: string;
  /** In-app rows it writes (recipients); and whether each of them also gets a Telegram message. */
  inApp: number;
  telegram: boolean;
}

export interface BenchUser {
  userId: string;
  chatId: string;
  /** The deal this user owns; the next user takes part in it. */
  dealId: string;
}

/**
 * The mix, per 10 events: 2 task assignments and 1 calculation added (in-app and Telegram), 4 commissions
 * received (in-app, the owner read from the deals read model) and 3 files added to a deal (in-app, owner
 * and participant from the read model). So 10,000 events are 13,000 in-app rows and 3,000 Telegram
 * messages: at Telegram's 30/s those drain in 100 s, while the in-app path takes the whole stream.
 */
const MIX = ['assigned', 'income', 'file', 'income', 'calculation', 'file', 'income', 'assigned', 'file', 'income'] as const;

export function benchUsers(count: number): BenchUser[] {
  return Array.from({ length: count }, (_, i) => ({ userId: randomUUID(), chatId: String(100_000 + i), dealId: randomUUID() }));
}

/** The deal of `users[i]`, owned by them, with the next user as its participant. */
export function dealOf(users: readonly BenchUser[], i: number, organizationId: string) {
  const owner = users[i]!;
  const participant = users[(i + 1) % users.length]!;
  return { dealId: owner.dealId, organizationId, clientId: randomUUID(), ownerId: owner.userId, participantIds: [participant.userId], title: `Сделка ${i}`, stage: 'CALCULATION' as const, archived: false, reviewDate: null };
}

/** The `n`-th event of the stream: spread over the users in turn; the actor is nobody notified. */
export function benchEvent(n: number, users: readonly BenchUser[], organizationId: string, actorId: string): BenchEvent {
  const user = users[n % users.length]!;
  const kind = MIX[n % MIX.length]!;
  const common = { organizationId, dealId: user.dealId };
  if (kind === 'assigned') {
    const data = { ...common, taskId: randomUUID(), kind: 'OTHER', title: `Задача ${n}`, authorId: actorId, assigneeId: user.userId, status: 'NEW', dueDate: null, previousAssigneeId: null, actorId } as const;
    return { type: 'tasks.task.assigned', data, actorId, inApp: 1, telegram: true };
  }
  if (kind === 'calculation') {
    const data = { ...common, calculationId: randomUUID(), dealOwnerId: user.userId, authorId: actorId, insurerName: 'Ингосстрах', productName: 'КАСКО', variantLabel: null, status: 'DRAFT', sumInsured: null, premium: null, commissionRate: null, commissionAmount: null, validUntil: null } as const;
    return { type: 'crm.calculation.added', data, actorId, inApp: 1, telegram: true };
  }
  if (kind === 'income') {
    const data = { ...common, policyId: randomUUID(), incomeId: randomUUID(), receiptId: randomUUID(), amount: { amount: '1500.00', currency: 'RUB' }, receivedOn: '2026-12-01', statementReference: null, actorId };
    return { type: 'payments.income.received', data, actorId, inApp: 1, telegram: false };
  }
  const data = { ...common, fileId: randomUUID(), folderId: randomUUID(), ownerType: 'DEAL', ownerId: user.dealId, name: `Файл ${n}.pdf`, version: 1, size: 1024, sha256: 'ab', contentType: 'application/pdf', origin: 'USER' } as const;
  return { type: 'documents.file.added', data, actorId, inApp: 2, telegram: false };
}
