import { useQueryClient } from '@tanstack/react-query';
import type { StatedAccessForReview, StatedAccessReviewList } from '@verkosto/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewsKey, useStatementsForReview } from '../../api/stated-access';
import { Icon } from '../../components/Icon';
import { NotFoundContent } from '../../components/NotFound';
import { QueryGate } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { useUser } from '../session/user-context';
import { StatementItem } from './StatementItem';

type Done = 'reviewed' | 'conflict';

/**
 * The team lead's review of the legal bases their unit's workers stated to read cases nothing else
 * opened to them: those waiting first, then those already reviewed. The clients are not named here,
 * and the title names only the kind of page.
 */
export function ReviewPage() {
  const { t } = useTranslation();
  usePageTitle(t('reviews.title'));
  const user = useUser();
  const isLead = user.role === 'team_lead';
  const query = useStatementsForReview(isLead);
  const queryClient = useQueryClient();
  const [done, setDone] = useState<Done | null>(null);
  // After a review its form is gone: focus goes to the list of those still waiting.
  const [moved, setMoved] = useState(0);
  const pendingHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (moved > 0) pendingHeading.current?.focus();
  }, [moved]);

  // Others get 404 from the server too; asking would only log a refusal.
  if (!isLead) return <NotFoundContent />;

  const onReviewed = (item: StatedAccessForReview) => {
    queryClient.setQueryData<StatedAccessReviewList>(reviewsKey, (list) =>
      list ? { items: list.items.map((i) => (i.id === item.id ? item : i)) } : list,
    );
    setDone('reviewed');
    setMoved((n) => n + 1);
  };

  const onConflict = () => {
    setDone('conflict');
    void query.refetch().then(() => setMoved((n) => n + 1));
  };

  return (
    <article>
      <div className="page-header">
        <div>
          <h1>{t('reviews.title')}</h1>
          <p className="lead">{t('reviews.intro')}</p>
        </div>
      </div>
      <div className="page-narrow">
        <p>{t('reviews.howTo')}</p>
        <p className="muted small">
          <Icon name="info" /> {t('reviews.logged')}
        </p>
      </div>
      <StatusMessage>{done === 'reviewed' ? t('reviews.saved') : null}</StatusMessage>
      <div role="status">
        {done === 'conflict' && (
          <div className="notice notice-warning">
            <Icon name="alert" />
            <p>{t('reviews.alreadyReviewed')}</p>
          </div>
        )}
      </div>
      <QueryGate query={query}>
        {({ items }) => {
          const waiting = items.filter((i) => i.review === null);
          const reviewedItems = items.filter((i) => i.review !== null);
          return (
            <>
              <section aria-labelledby="reviews-pending" className="section">
                <h2 id="reviews-pending" ref={pendingHeading} tabIndex={-1}>
                  {t('reviews.pendingTitle')}
                </h2>
                {waiting.length === 0 ? (
                  <p className="muted">{t('reviews.pendingEmpty')}</p>
                ) : (
                  <ul className="statement-list">
                    {waiting.map((s) => (
                      <StatementItem
                        key={s.id}
                        statement={s}
                        onReviewed={onReviewed}
                        onConflict={onConflict}
                      />
                    ))}
                  </ul>
                )}
              </section>
              <section aria-labelledby="reviews-done" className="section">
                <h2 id="reviews-done">{t('reviews.doneTitle')}</h2>
                {reviewedItems.length === 0 ? (
                  <p className="muted">{t('reviews.doneEmpty')}</p>
                ) : (
                  <ul className="statement-list">
                    {reviewedItems.map((s) => (
                      <StatementItem
                        key={s.id}
                        statement={s}
                        onReviewed={onReviewed}
                        onConflict={onConflict}
                      />
                    ))}
                  </ul>
                )}
              </section>
            </>
          );
        }}
      </QueryGate>
    </article>
  );
}
