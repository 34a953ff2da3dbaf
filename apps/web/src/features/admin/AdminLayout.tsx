import { type ReactNode, type RefObject, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { usePageTitle } from '../../components/usePageTitle';
import '../../styles/admin.css';

const pages = [
  { to: '/admin/organisations', key: 'organisations' },
  { to: '/admin/units', key: 'units' },
  { to: '/admin/users', key: 'users' },
  { to: '/admin/changes', key: 'changes' },
] as const;

/** The four pages of the county's structure, one link each; the current one is marked by more than colour. */
function StructureNav() {
  const { t } = useTranslation();
  return (
    <nav className="admin-nav" aria-label={t('admin.nav.label')}>
      <ul className="admin-nav-list">
        {pages.map((p) => (
          <li key={p.key}>
            <NavLink to={p.to}>{t(`admin.nav.${p.key}`)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

interface Props {
  title: string;
  intro: string;
  /** The page's own buttons beside the heading, such as "Add". */
  actions?: ReactNode;
  /** The heading, for a page that moves focus to it after its content changed under the user. */
  headingRef?: RefObject<HTMLHeadingElement | null>;
  children: ReactNode;
}

/** The frame of every page of the county's structure: the pages' own links, the heading and intro. */
export function AdminLayout({ title, intro, actions, headingRef, children }: Props) {
  usePageTitle(title);
  return (
    <article>
      <StructureNav />
      <div className="page-header">
        <div>
          <h1 ref={headingRef} tabIndex={-1}>
            {title}
          </h1>
          <p className="lead">{intro}</p>
        </div>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {children}
    </article>
  );
}

/**
 * Focus on an element once `key` has moved on: after a dialog has closed (react-aria gives focus back
 * to its trigger on close, so this waits for the commit that follows), or when a notice appears.
 */
export function useFocusOnChange<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (key !== null && key !== undefined) ref.current?.focus();
  }, [key]);
  return ref;
}
