import { DragDropContext, Draggable, Droppable, type DropResult } from '@hello-pangea/dnd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Card, Flex, Typography } from 'antd';
import type { DealStage } from '../../__generated__/graphql';
import { formatDay } from '../../components/dates';
import { QueryState } from '../../components/query-state';
import { errorText } from '../../components/server-errors';
import { execute } from '../../graphql/execute';
import { isConflict } from '../../graphql/errors';
import { livePollInterval } from '../../graphql/live';
import { useLocale } from '../../i18n/locale';
import { ChangeDealStageMutation } from './change-deal-stage';
import { DEAL_STAGES, dealsFilter, type DealsSearch } from './deals-search';
import { DealsListQueryDocument, type DealRow } from './deals-table';
import { useToasts } from '../../components/toasts';

/** The board: a column per stage; dropping a card into another column is `changeDealStage` with the version read. */
export function DealsKanban({ search }: { search: DealsSearch }) {
  const { t } = useLocale();
  const { message } = useToasts();
  const queryClient = useQueryClient();
  const filter = dealsFilter(search);
  const key = ['deals', 'kanban', filter];
  const query = useQuery({
    queryKey: key,
    queryFn: () => execute(DealsListQueryDocument, { filter, sort: { field: 'UPDATED_AT', direction: 'DESC' }, first: 100 }),
    refetchInterval: livePollInterval,
  });
  const move = useMutation({
    mutationFn: (vars: { deal: DealRow; stage: DealStage }) =>
      execute(ChangeDealStageMutation, { input: { id: vars.deal.id, version: vars.deal.version, stage: vars.stage } }),
    onSuccess: () => message.success(t('deals.moved')),
    onError: (error) => (isConflict(error) ? message.warning(t('error.CONFLICT')) : message.error(errorText(t, error))),
    // Either way the board re-reads the server: a conflict shows the other person's change, nothing is lost.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['deals'] }).then(() => queryClient.invalidateQueries({ queryKey: ['dealStageCounts'] })),
  });

  const onDragEnd = (result: DropResult, deals: DealRow[]) => {
    const deal = deals.find((d) => d.id === result.draggableId);
    const stage = result.destination?.droppableId as DealStage | undefined;
    if (!deal || !stage || stage === deal.stage) return;
    queryClient.setQueryData(key, (old: typeof query.data) =>
      old && { deals: { ...old.deals, edges: old.deals.edges.map((e) => (e.node.id === deal.id ? { ...e, node: { ...e.node, stage } } : e)) } },
    );
    move.mutate({ deal, stage });
  };

  return (
    <QueryState query={query}>
      {(data) => {
        const deals = data.deals.edges.map((e) => e.node);
        return (
          <DragDropContext onDragEnd={(result) => onDragEnd(result, deals)}>
            <Flex gap={12} style={{ overflowX: 'auto', alignItems: 'flex-start' }}>
              {DEAL_STAGES.map((stage) => {
                const column = deals.filter((d) => d.stage === stage);
                return (
                  <Droppable droppableId={stage} key={stage}>
                    {(provided) => (
                      <section
                        ref={provided.innerRef}
                        {...provided.droppableProps}
                        aria-label={t(`stage.${stage}`)}
                        data-stage={stage}
                        style={{ background: '#e6e9ef', borderRadius: 8, padding: 8, minWidth: 200, minHeight: 200 }}
                      >
                        <Typography.Title level={2} style={{ fontSize: 14 }}>
                          {t(`stage.${stage}`)} · {column.length}
                        </Typography.Title>
                        {column.map((deal, index) => (
                          <Draggable draggableId={deal.id} index={index} key={deal.id}>
                            {(drag) => (
                              <div ref={drag.innerRef} {...drag.draggableProps} data-deal={deal.title} style={{ ...drag.draggableProps.style, marginBottom: 8 }}>
                                <Card size="small">
                                  {/* The handle is its own control: a link inside a draggable button would nest interactive elements. */}
                                  <span {...drag.dragHandleProps} aria-label={`${t('deals.drag')}: ${deal.title}`} style={{ cursor: 'grab', marginRight: 8 }}>
                                    ⠿
                                  </span>
                                  <Link to="/deals/$dealId" params={{ dealId: deal.id }}>
                                    {deal.title}
                                  </Link>
                                  <div>{deal.client.displayName}</div>
                                  <Typography.Text type="secondary">{formatDay(deal.reviewDate)}</Typography.Text>
                                </Card>
                              </div>
                            )}
                          </Draggable>
                        ))}
                        {provided.placeholder}
                      </section>
                    )}
                  </Droppable>
                );
              })}
            </Flex>
          </DragDropContext>
        );
      }}
    </QueryState>
  );
}
