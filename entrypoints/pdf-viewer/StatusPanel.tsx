import { useState } from 'preact/hooks';
import { useAutoFocus } from '@/components/ui/use-auto-focus';
import type { ViewerState } from './viewer-session';

export interface StatusPanelProps {
  status: ViewerState['status'];
  onPassword: (password: string | null) => void;
}

/** What the viewer has to say above the document: how to start, loading, a problem, or a password form. */
export function StatusPanel({ status, onPassword }: StatusPanelProps) {
  switch (status.kind) {
    case 'empty':
      return (
        <p class="ml-pdf-note">
          Open a PDF, or drop one here. It is read on this computer and never sent anywhere.
        </p>
      );
    case 'loading':
      return (
        <p class="ml-pdf-note" role="status">
          Opening…
        </p>
      );
    case 'ready':
      return null;
    case 'image-only':
    case 'error':
      return (
        <p class="ml-pdf-note ml-pdf-problem" role="alert">
          {status.message}
        </p>
      );
    case 'password':
      return <PasswordForm retry={status.retry} onPassword={onPassword} />;
  }
}

function PasswordForm({
  retry,
  onPassword,
}: {
  retry: boolean;
  onPassword: (password: string | null) => void;
}) {
  const [password, setPassword] = useState('');
  // The form appears because the user opened a protected file: its one field is where they type next.
  const field = useAutoFocus<HTMLInputElement>();
  return (
    <form
      class="ml-pdf-note ml-pdf-password"
      onSubmit={(event) => {
        event.preventDefault();
        onPassword(password);
      }}
    >
      <label>
        {retry ? 'That password is not right. Try again:' : 'This PDF is protected. Its password:'}{' '}
        <input
          type="password"
          ref={field}
          autoComplete="off"
          value={password}
          onInput={(event) => setPassword(event.currentTarget.value)}
        />
      </label>
      <button type="submit">Open</button>
      <button type="button" onClick={() => onPassword(null)}>
        Cancel
      </button>
    </form>
  );
}
