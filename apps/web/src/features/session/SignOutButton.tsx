import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { sessionKey, signOut } from '../../api/session';
import { Icon } from '../../components/Icon';
import { PendingButton } from '../../components/PendingButton';

export function SignOutButton() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const mutation = useMutation({
    mutationFn: signOut,
    onSuccess: (state) => {
      // Nothing of the previous user stays in memory.
      queryClient.clear();
      queryClient.setQueryData(sessionKey, state);
      void navigate('/sign-in', { replace: true, state: { signedOut: true } });
    },
  });
  return (
    <PendingButton
      className="button button-quiet"
      onPress={() => mutation.mutate()}
      pending={mutation.isPending}
    >
      <Icon name="signOut" />
      {t('header.signOut')}
    </PendingButton>
  );
}
