/**
 * A search form that works with and without the app: a plain GET form to `action` (under the
 * site's base path), which, once the app runs, navigates in the page instead of reloading it.
 * (React Router's <Form> does the same and much more; this keeps its code out of every page.)
 */
import type { FormHTMLAttributes, SubmitEvent } from 'react';
import { useHref, useNavigate } from 'react-router-dom';

export function GetForm({
  action,
  onSubmit,
  ...props
}: Omit<FormHTMLAttributes<HTMLFormElement>, 'action' | 'method'> & { action: string }) {
  const href = useHref(action);
  const navigate = useNavigate();
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    onSubmit?.(event);
    if (event.defaultPrevented) return;
    event.preventDefault();
    const query = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget))
      if (typeof value === 'string') query.append(key, value);
    const search = query.toString();
    void navigate(search ? `${action}?${search}` : action);
  };
  return <form method="get" action={href} onSubmit={submit} {...props} />;
}
