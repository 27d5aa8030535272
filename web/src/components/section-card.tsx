import { Card } from 'antd';
import type { ReactNode } from 'react';

/** A titled block of a screen (the deal card's sections, settings): the title is a real heading for screen readers. */
export function SectionCard({ title, extra, loading, children }: { title: ReactNode; extra?: ReactNode; loading?: boolean; children: ReactNode }) {
  return (
    <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{title}</h2>} extra={extra} loading={loading} style={{ marginBottom: 16 }}>
      {children}
    </Card>
  );
}
