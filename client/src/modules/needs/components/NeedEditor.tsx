import { useMemo } from 'react';

import type { NeedDetailFieldsFragment } from '../../../generated/graphql';
import type { SkillOption } from '../../skills/types';
import { useEditNeed } from '../hooks/useEditNeed';
import { needToFormValues } from '../needEdit';
import type { ProgramOption } from './NeedDetailsStep';
import { NeedForm } from './NeedForm';

export interface NeedEditorProps {
  need: NeedDetailFieldsFragment;
  skills: SkillOption[];
  programs: ProgramOption[];
  /** Runs after every attempt, saved or refused, since a refusal may come after some changes were made. */
  onSettled: () => void;
  onSaved: () => Promise<void> | void;
}

/** The posting form, filled with a need as it is now, saving only what changed. */
export function NeedEditor({ need, skills, programs, onSettled, onSaved }: NeedEditorProps) {
  const { saveNeed, saving } = useEditNeed(need.id);
  const before = useMemo(() => needToFormValues(need), [need]);
  return (
    <NeedForm
      editing
      skills={skills}
      programs={programs}
      defaults={before}
      submitting={saving}
      onSubmit={async (values) => {
        try {
          await saveNeed(before, values);
        } finally {
          onSettled();
        }
        await onSaved();
      }}
    />
  );
}
