import { useCallback, useState } from 'react';

import { describeError } from '../../api/errors';

/**
 * Puts BAD_USER_INPUT field messages on the form's fields and keeps any other error for an alert.
 */
interface FormWithErrors {
  getValues: () => object;
  setErrors: (errors: Record<string, string>) => void;
}

export function useServerFormErrors(form: FormWithErrors): { formError: unknown; handleError: (error: unknown) => void; clear: () => void } {
  const [formError, setFormError] = useState<unknown>(null);
  const handleError = useCallback(
    (error: unknown) => {
      const { kind, fields } = describeError(error);
      const values = form.getValues();
      const known = Object.entries(fields).filter(([field]) => (field.split('.')[0] ?? field) in values);
      if (known.length > 0) form.setErrors(Object.fromEntries(known));
      setFormError(kind === 'BAD_USER_INPUT' && known.length === Object.keys(fields).length && known.length > 0 ? null : error);
    },
    [form],
  );
  const clear = useCallback(() => setFormError(null), []);
  return { formError, handleError, clear };
}
