import { useState, type CSSProperties, type ReactNode } from 'react';
import { useLocale } from '../i18n/locale';

export type SortOrder = 'ascend' | 'descend' | null;

export interface PlainColumn<T> {
  key: string;
  title: string;
  render: (row: T) => ReactNode;
  align?: 'left' | 'right';
  /** Present when the column sorts; the current order of this column. */
  sortOrder?: SortOrder;
}

const cell: CSSProperties = { padding: '12px 8px', borderBottom: '1px solid #f0f0f0', textAlign: 'left' };
const header: CSSProperties = { ...cell, background: '#fafafa', fontWeight: 600 };
const sortButton: CSSProperties = { all: 'unset', cursor: 'pointer', display: 'inline-flex', gap: 4, alignItems: 'center' };
const ARROW: Record<'ascend' | 'descend' | 'none', string> = { ascend: '▲', descend: '▼', none: '↕' };

/**
 * A plain HTML table for the first screen (the deals list): sortable headers and pages, none of antd
 * Table's filters, trees and virtual lists, which would double the first-load JavaScript (ADR 0055).
 * Sorting cycles none → ascending → descending, as antd's does.
 */
export function PlainTable<T>({ rows, rowKey, columns, pageSize = 25, total, onSort, label }: {
  rows: readonly T[];
  rowKey: (row: T) => string;
  columns: PlainColumn<T>[];
  pageSize?: number;
  total?: number;
  onSort?: (key: string, order: SortOrder) => void;
  label: string;
}) {
  const { t } = useLocale();
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(page, pages - 1);
  const next = (order: SortOrder | undefined): SortOrder => (order === 'ascend' ? 'descend' : order === 'descend' ? null : 'ascend');
  return (
    <div style={{ background: '#fff', borderRadius: 8, overflowX: 'auto' }}>
      <table aria-label={label} style={{ width: '100%', borderCollapse: 'collapse', fontSize: 14 }}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" style={{ ...header, textAlign: c.align ?? 'left' }} aria-sort={c.sortOrder === 'ascend' ? 'ascending' : c.sortOrder === 'descend' ? 'descending' : undefined}>
                {c.sortOrder === undefined || !onSort ? (
                  c.title
                ) : (
                  <button type="button" style={sortButton} onClick={() => onSort(c.key, next(c.sortOrder))}>
                    {c.title}
                    <span aria-hidden style={{ fontSize: 10, color: c.sortOrder ? '#0958d9' : 'rgba(0,0,0,0.45)' }}>
                      {ARROW[c.sortOrder ?? 'none']}
                    </span>
                  </button>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={columns.length} style={{ ...cell, textAlign: 'center', color: 'rgba(0,0,0,0.62)' }}>
                {t('common.empty')}
              </td>
            </tr>
          )}
          {rows.slice(current * pageSize, (current + 1) * pageSize).map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => (
                <td key={c.key} style={{ ...cell, textAlign: c.align ?? 'left' }}>
                  {c.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {(pages > 1 || total !== undefined) && (
        <nav aria-label={t('common.pages')} style={{ display: 'flex', gap: 4, justifyContent: 'flex-end', alignItems: 'center', padding: 12 }}>
          {total !== undefined && <span style={{ marginRight: 8 }}>{t('common.total', { count: total })}</span>}
          {pages > 1 &&
            Array.from({ length: pages }, (_, index) => (
              <button
                key={index}
                type="button"
                aria-current={index === current ? 'page' : undefined}
                onClick={() => setPage(index)}
                style={{ minWidth: 32, height: 32, borderRadius: 6, cursor: 'pointer', background: '#fff', border: `1px solid ${index === current ? '#0958d9' : '#d9d9d9'}`, color: index === current ? '#0958d9' : 'inherit' }}
              >
                {index + 1}
              </button>
            ))}
        </nav>
      )}
    </div>
  );
}
