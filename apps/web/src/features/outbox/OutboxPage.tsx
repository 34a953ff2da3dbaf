import type { Outbox } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useOutbox } from '../../api/meetings';
import { Icon } from '../../components/Icon';
import { NotFoundContent } from '../../components/NotFound';
import { LoadError, Loading } from '../../components/QueryState';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatTime } from '../../i18n/format';
import { useUser } from '../session/user-context';
import '../../styles/meetings.css';

/**
 * The mail the demo would have sent: no mail leaves the machine in demo mode, so administrators
 * read the invitations here. Outside demo mode the server answers 404 and the page says it is not
 * in use.
 */
export function OutboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('outbox.title'));
  const user = useUser();
  const isAdmin = user.role === 'admin';
  const query = useOutbox(isAdmin);

  // Others get 404 from the server too; asking would only log a refusal.
  if (!isAdmin) return <NotFoundContent />;

  return (
    <article>
      <div className="page-header">
        <div>
          <h1>{t('outbox.title')}</h1>
          <p className="lead">{t('outbox.intro')}</p>
        </div>
      </div>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        isApiError(query.error) && query.error.status === 404 ? (
          <div className="notice notice-info">
            <Icon name="info" />
            <p>{t('outbox.notInUse')}</p>
          </div>
        ) : (
          <LoadError error={query.error} onRetry={() => void query.refetch()} />
        )
      ) : (
        <Messages messages={query.data.messages} />
      )}
    </article>
  );
}

function Messages({ messages }: { messages: Outbox['messages'] }) {
  const { t } = useTranslation();
  if (messages.length === 0) return <p className="muted">{t('outbox.empty')}</p>;
  return (
    <ul className="outbox-list">
      {messages.map((m) => (
        <li key={m.id} className="outbox-message" aria-labelledby={`outbox-${m.id}`}>
          <h2 id={`outbox-${m.id}`} className="outbox-subject">
            {m.subject}
          </h2>
          <dl className="facts outbox-facts">
            <div>
              <dt>{t('outbox.to')}</dt>
              <dd>{m.to}</dd>
            </div>
            <div>
              <dt>{t('outbox.createdAt')}</dt>
              <dd>{t('meetings.when', { date: formatDate(m.createdAt), time: formatTime(m.createdAt) })}</dd>
            </div>
            <div>
              <dt>{t('outbox.sentAt')}</dt>
              <dd>
                {m.sentAt
                  ? t('meetings.when', { date: formatDate(m.sentAt), time: formatTime(m.sentAt) })
                  : t('outbox.notSent')}
              </dd>
            </div>
          </dl>
          <pre className="outbox-body">{m.body}</pre>
        </li>
      ))}
    </ul>
  );
}
