import { Button, Card, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { FollowUpAnswer } from '../../../generated/graphql';
import { useAnswerFollowUp } from '../hooks/useAnswerFollowUp';

const ANSWERS: FollowUpAnswer[] = ['YES', 'PARTLY', 'NO'];
const MAX_COMMENT = 1000;

interface Props {
  matchId: string;
  followUp: { answer: FollowUpAnswer | null; comment: string | null } | null;
  /** The nonprofit's members answer; curators see the answer. */
  canAnswer: boolean;
}

/** "Is the work still in use?", asked of the nonprofit months after completion; shown once the API has asked it. */
export function FollowUpQuestion({ matchId, followUp, canAnswer }: Props) {
  const { t } = useTranslation();
  const { answer, loading } = useAnswerFollowUp();
  const [value, setValue] = useState<FollowUpAnswer | null>(null);
  const [comment, setComment] = useState('');
  if (!followUp) return null;
  return (
    <section aria-labelledby="match-follow-up">
      <Title order={2} size="h4" id="match-follow-up" mb="xs">
        {t('matchPage.followUp.title')}
      </Title>
      <Card withBorder padding="md">
        <Stack gap="sm">
          <Text fw={600}>{t('matchPage.followUp.question')}</Text>
          {followUp.answer ? (
            <>
              <Text>{t('matchPage.followUp.answered', { answer: t(`matchPage.followUp.answers.${followUp.answer}`) })}</Text>
              {followUp.comment && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {t('matchPage.followUp.commentLabel', { comment: followUp.comment })}
                </Text>
              )}
            </>
          ) : canAnswer ? (
            <Stack gap="sm" component="form" onSubmit={(e) => (e.preventDefault(), value && void answer(matchId, value, comment))}>
              <Radio.Group value={value} onChange={(v) => setValue(v as FollowUpAnswer)} aria-label={t('matchPage.followUp.question')}>
                <Stack gap={6}>
                  {ANSWERS.map((a) => (
                    <Radio key={a} value={a} label={t(`matchPage.followUp.answers.${a}`)} />
                  ))}
                </Stack>
              </Radio.Group>
              <Textarea label={t('matchPage.followUp.comment')} value={comment} maxLength={MAX_COMMENT} autosize minRows={2} onChange={(e) => setComment(e.currentTarget.value)} />
              <Button type="submit" disabled={!value} loading={loading} style={{ alignSelf: 'flex-start' }}>
                {t('matchPage.followUp.submit')}
              </Button>
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              {t('matchPage.followUp.waiting')}
            </Text>
          )}
        </Stack>
      </Card>
    </section>
  );
}
