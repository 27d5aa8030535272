import { Card } from 'antd';
import { useId, type ReactNode } from 'react';

/** A titled block of a screen (the deal card's sections, settings): a region named by a real heading, for screen readers. */
export function SectionCard({ title, extra, loading, children }: { title: ReactNode; extra?: ReactNode; loading?: boolean; children: ReactNode }) {
  const id = useId();
  return (
    <Card
      role="region"
      aria-labelledby={id}
      title={
        <h2 id={id} style={{ fontSize: 16, margin: 0 }}>
          {title}
        </h2>
      }
      extra={extra}
      loading={loading}
      style={{ marginBottom: 16 }}
    >
      {children}
    </Card>
  );
}
