import type { ReactNode } from 'react';

export interface TimelineItem {
  id: string;
  title: string;
  byline?: string;
  /** ISO date-time, shown as `dateText`. */
  dateTime: string;
  dateText: string;
  description?: ReactNode;
}

export interface TimelineProps {
  items: TimelineItem[];
  /** Heading level of each item's title, one below the section heading. */
  headingLevel?: 2 | 3;
}

/** MOJ timeline: events in the order given (pass newest first). */
export function Timeline({ items, headingLevel = 3 }: TimelineProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="moj-timeline">
      {items.map((item) => (
        <div className="moj-timeline__item" key={item.id}>
          <div className="moj-timeline__header">
            <Heading className="moj-timeline__title">{item.title}</Heading>{' '}
            {item.byline && <p className="moj-timeline__byline">by {item.byline}</p>}
          </div>
          <p className="moj-timeline__date">
            <time dateTime={item.dateTime}>{item.dateText}</time>
          </p>
          {item.description && <div className="moj-timeline__description">{item.description}</div>}
        </div>
      ))}
    </div>
  );
}
