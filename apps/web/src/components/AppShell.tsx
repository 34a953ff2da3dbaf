import type { SessionUser } from '@verkosto/domain';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation, useNavigation } from 'react-router';
import { LanguageSwitcher } from './LanguageSwitcher';

interface Props {
  user: SessionUser | null;
  /** Shown beside the user's name: the sign-out button. */
  userActions?: ReactNode;
  /** Whether to show the navigation at all (not before sign-in). */
  showNav: boolean;
  /** The links for client work: person search, new person, new family. */
  clientLinks?: boolean;
  /** Person search alone: admins find the person whose access log was asked for. */
  searchLink?: boolean;
  /** The review of stated legal bases: team leads only. */
  reviewLink?: boolean;
  /** The team's concern follow-ups and open zone-4 flags: team leads only. */
  teamLink?: boolean;
  /** The figures of the units the user leads, and rebalancing their caseloads: team leads only. */
  figuresLink?: boolean;
  /** The multi-agency teams the user belongs to: workers and team leads. */
  teamsLink?: boolean;
  /** Sending a referral: workers and team leads. */
  referralLink?: boolean;
  /** The address of the user's first referral-taking unit's inbox and queue, if they have one. */
  unitReferralsLink?: string | null;
  /** The address of the same unit's group activities, if the user has such a unit. */
  unitGroupsLink?: string | null;
  /** The outbox of the demo's mail: admins only. */
  outboxLink?: boolean;
  /** The process templates of the services: admins only. */
  templatesLink?: boolean;
  /** The service directory families are guided to: admins only. */
  directoryLink?: boolean;
  /** The county's structure: organisations, units, accounts and their change log: admins only. */
  structureLink?: boolean;
  /** "My cases": everyone but a purchaser, who has no cases of their own. */
  casesLink?: boolean;
  /** The purchased services: purchasers only. */
  purchaserLink?: boolean;
  children: ReactNode;
}

/** Skip link, header, navigation and main: the frame of every page. */
export function AppShell({
  user,
  userActions,
  showNav,
  clientLinks = false,
  searchLink = false,
  reviewLink = false,
  teamLink = false,
  figuresLink = false,
  teamsLink = false,
  referralLink = false,
  unitReferralsLink = null,
  unitGroupsLink = null,
  outboxLink = false,
  templatesLink = false,
  directoryLink = false,
  structureLink = false,
  casesLink = true,
  purchaserLink = false,
  children,
}: Props) {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const location = useLocation();
  const navigation = useNavigation();
  const firstRender = useRef(true);

  // After moving to another page, focus goes to the start of the main content, as on a full page load.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on a change of page only
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname]);

  const units = user?.units.map((u) => u.name).join(', ');

  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true" />
            {t('app.name')}
          </Link>
          <div className="header-tools">
            {user && (
              <p className="header-user">
                <span className="visually-hidden">{t('header.signedInAs')} </span>
                <span className="header-user-name">{user.displayName}</span>
                {units && <span className="header-user-unit">{units}</span>}
              </p>
            )}
            <LanguageSwitcher />
            {userActions}
          </div>
        </div>
      </header>
      {showNav && (
        <nav className="site-nav" aria-label={t('nav.label')}>
          <ul className="site-nav-list">
            {casesLink && (
              <li>
                <NavLink to="/cases" end>
                  {t('nav.myCases')}
                </NavLink>
              </li>
            )}
            {purchaserLink && (
              <li>
                <NavLink to="/purchaser">{t('nav.purchaser')}</NavLink>
              </li>
            )}
            {clientLinks && (
              <li>
                <NavLink to="/my-work">{t('nav.myWork')}</NavLink>
              </li>
            )}
            {(clientLinks || searchLink) && (
              <li>
                <NavLink to="/persons" end>
                  {t('nav.personSearch')}
                </NavLink>
              </li>
            )}
            {clientLinks && (
              <>
                <li>
                  <NavLink to="/persons/new">{t('nav.newPerson')}</NavLink>
                </li>
                <li>
                  <NavLink to="/families/new">{t('nav.newFamily')}</NavLink>
                </li>
              </>
            )}
            {referralLink && (
              <li>
                <NavLink to="/referrals/new">{t('nav.sendReferral')}</NavLink>
              </li>
            )}
            {unitReferralsLink && (
              <li>
                <NavLink to={unitReferralsLink}>{t('nav.unitReferrals')}</NavLink>
              </li>
            )}
            {unitGroupsLink && (
              <li>
                <NavLink to={unitGroupsLink}>{t('nav.groups')}</NavLink>
              </li>
            )}
            {reviewLink && (
              <li>
                <NavLink to="/reviews">{t('nav.reviews')}</NavLink>
              </li>
            )}
            {teamLink && (
              <li>
                <NavLink to="/team">{t('nav.team')}</NavLink>
              </li>
            )}
            {figuresLink && (
              <li>
                <NavLink to="/figures">{t('nav.figures')}</NavLink>
              </li>
            )}
            {teamsLink && (
              <li>
                <NavLink to="/teams">{t('nav.teams')}</NavLink>
              </li>
            )}
            {outboxLink && (
              <li>
                <NavLink to="/outbox">{t('nav.outbox')}</NavLink>
              </li>
            )}
            {templatesLink && (
              <li>
                <NavLink to="/admin/templates">{t('nav.templates')}</NavLink>
              </li>
            )}
            {directoryLink && (
              <li>
                <NavLink to="/admin/directory">{t('nav.directory')}</NavLink>
              </li>
            )}
            {structureLink && (
              <li>
                <NavLink to="/admin/organisations">{t('admin.nav.main')}</NavLink>
              </li>
            )}
          </ul>
        </nav>
      )}
      <div
        className={navigation.state === 'idle' ? 'route-progress' : 'route-progress is-active'}
        aria-hidden="true"
      />
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        {children}
      </main>
    </>
  );
}
