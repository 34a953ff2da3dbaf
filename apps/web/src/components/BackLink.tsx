import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Icon } from './Icon';

/** Above a page's heading: the way back to the page it belongs to. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p className="back-link">
      <Link to={to}>
        <Icon name="arrowLeft" />
        {children}
      </Link>
    </p>
  );
}
