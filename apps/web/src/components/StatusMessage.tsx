import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

/**
 * A polite live region that is always in the page, so what appears in it is announced.
 * Empty until there is something to say.
 */
export function StatusMessage({ children, icon = 'check' }: { children?: ReactNode; icon?: IconName }) {
  return (
    <div role="status" className={children ? 'status-message' : 'status-message-empty'}>
      {children ? (
        <>
          <Icon name={icon} />
          <span>{children}</span>
        </>
      ) : null}
    </div>
  );
}
