import type { UseQueryResult } from '@tanstack/react-query';
import type { SessionState } from '@verkosto/domain';
import { LoadError, Loading } from '../../components/QueryState';

/** Before anything else can show: the session loading, or why it did not load and a retry. */
export function SessionLoadState({ session }: { session: UseQueryResult<SessionState> }) {
  if (session.isError) return <LoadError error={session.error} onRetry={() => void session.refetch()} />;
  return <Loading />;
}
