import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/** A list of label–value pairs (NL Design System data list). */
export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <DataList>
      {items.map(([key, value]) => (
        <DataListItem key={key}>
          <DataListKey>{key}</DataListKey>
          <DataListValue>{value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}
