import type { TFunction } from 'i18next';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { describeError, type FieldCode } from '../../api/errors';

// zxcvbn's advice can be long; two lines are enough to act on.
const MAX_SUGGESTIONS = 2;

/** Words a field refused with a stable code in the reader's language; null when the code is unknown here. */
export function fieldCodeText(t: TFunction, { code, warning, suggestions }: FieldCode): string | null {
  if (code !== 'PASSWORD_TOO_WEAK') return null;
  const known = (key: string) => (t(key, { defaultValue: '' }) as string) || null;
  const why = warning ? known(`auth.passwordStrength.warnings.${warning}`) : null;
  const tips = suggestions.map((s) => known(`auth.passwordStrength.suggestions.${s}`)).filter((text): text is string => text !== null);
  const advice = tips.length > 0 ? tips.slice(0, MAX_SUGGESTIONS) : [t('auth.passwordStrength.advice')];
  return [t('auth.passwordStrength.tooWeak'), why, ...advice].filter(Boolean).join(' ');
}

/**
 * Puts BAD_USER_INPUT field messages on the form's fields (worded in the reader's language when the
 * server gave a code) and keeps any other error for an alert.
 */
interface FormWithErrors {
  getValues: () => object;
  setErrors: (errors: Record<string, string>) => void;
}

export function useServerFormErrors(form: FormWithErrors): { formError: unknown; handleError: (error: unknown) => void; clear: () => void } {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<unknown>(null);
  const handleError = useCallback(
    (error: unknown) => {
      const { kind, fields, fieldCodes } = describeError(error);
      const values = form.getValues();
      const worded = Object.entries(fields).map(([field, message]): [string, string] => {
        const coded = fieldCodes[field];
        return [field, (coded && fieldCodeText(t, coded)) ?? message];
      });
      const known = worded.filter(([field]) => (field.split('.')[0] ?? field) in values);
      if (known.length > 0) form.setErrors(Object.fromEntries(known));
      setFormError(kind === 'BAD_USER_INPUT' && known.length === Object.keys(fields).length && known.length > 0 ? null : error);
    },
    [form, t],
  );
  const clear = useCallback(() => setFormError(null), []);
  return { formError, handleError, clear };
}
