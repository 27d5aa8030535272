import { parseEventData } from '@crm/contracts';
import type { ConsumerDefinition } from '@crm/platform/bus';
import { preview } from '../../messages/preview';
import type { NotifyService } from '../../services/notify.service';
import { notifyingConsumer } from './batched-consumers';

/** Status moves the author hears of: done, cancelled, and reopened (back to NEW from a final status). */
const FINAL = ['DONE', 'CANCELLED'];
const COMMENT_PREVIEW = 200;

/** Tasks' hand-offs: the assignee learns of an assignment, the author of the outcome, both of comments. */
export function createTaskNotificationsConsumer(notify: NotifyService): ConsumerDefinition {
  return notifyingConsumer(
    {
      name: 'notifications.tasks',
      events: ['tasks.task.assigned', 'tasks.task.status_changed', 'tasks.task.commented'],
      lookups: () => undefined,
      async draftsOf(event) {
        const base = { eventId: event.id, organizationId: event.orgid };
        if (event.type === 'tasks.task.assigned') {
          const data = parseEventData('tasks.task.assigned', event.data);
          return [{ ...base, kind: 'TASK_ASSIGNED', params: { taskTitle: data.title }, actorId: data.actorId, recipients: [data.assigneeId], taskId: data.taskId, dealId: data.dealId }];
        }
        if (event.type === 'tasks.task.status_changed') {
          const data = parseEventData('tasks.task.status_changed', event.data);
          const reopened = FINAL.includes(data.from) && data.to === 'NEW';
          if (!FINAL.includes(data.to) && !reopened) return [];
          return [{ ...base, kind: 'TASK_STATUS_CHANGED', params: { taskTitle: data.title, status: data.to }, actorId: data.actorId, recipients: [data.authorId], taskId: data.taskId, dealId: data.dealId }];
        }
        if (event.type === 'tasks.task.commented') {
          const data = parseEventData('tasks.task.commented', event.data);
          const text = preview(data.text, COMMENT_PREVIEW);
          return [{ ...base, kind: 'TASK_COMMENTED', params: { taskTitle: data.title, text }, actorId: data.commentAuthorId, recipients: [data.authorId, data.assigneeId], taskId: data.taskId, dealId: data.dealId }];
        }
        return [];
      },
    },
    notify,
  );
}
