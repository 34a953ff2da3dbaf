import type { ReactNode, Ref } from 'react';
import { Button, type ButtonProps } from 'react-aria-components';

interface Props extends Omit<ButtonProps, 'isPending' | 'children' | 'className'> {
  className: string;
  /** Work started by this button is under way: a spinner shows and further presses do nothing. */
  pending: boolean;
  children: ReactNode;
  ref?: Ref<HTMLButtonElement>;
}

/**
 * A button that shows work in progress. React Aria's own `isPending` announces through a live
 * region that points at the button; when the button is gone a moment later (a page change, a
 * closed dialog), that region is left naming nothing. Progress and results are told by our own
 * status messages and page changes instead. Forms also ignore a second submit while pending.
 */
export function PendingButton({ pending, onPress, className, children, ...rest }: Props) {
  return (
    <Button
      {...rest}
      className={pending ? `${className} is-pending` : className}
      onPress={(event) => {
        if (!pending) onPress?.(event);
      }}
    >
      {pending && <span className="spinner spinner-small" aria-hidden="true" />}
      {children}
    </Button>
  );
}
