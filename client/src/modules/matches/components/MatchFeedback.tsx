import { Button, Card, Group, Rating, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { FeedbackDirection } from '../../../generated/graphql';
import { useLeaveFeedback } from '../hooks/useLeaveFeedback';
import type { MatchPageMatch } from '../matchSides';

function FeedbackForm({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const [rating, setRating] = useState(0);
  const [comment, setComment] = useState('');
  const { leave, loading } = useLeaveFeedback();
  const submit = () => leave(matchId, rating, comment.trim());
  return (
    <Card withBorder padding="sm" component="form" aria-label={t('matchPage.feedback.formTitle')} onSubmit={(e) => (e.preventDefault(), void submit())}>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('matchPage.feedback.formTitle')}
        </Text>
        <Group gap="xs">
          <Text size="sm" id="feedback-rating">
            {t('matchPage.feedback.rating')}
          </Text>
          <Rating value={rating} onChange={setRating} aria-labelledby="feedback-rating" getSymbolLabel={(value) => t('matchPage.feedback.stars', { count: value })} />
        </Group>
        <Textarea label={t('matchPage.feedback.comment')} autosize minRows={2} maxLength={4000} value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
        <Button type="submit" disabled={rating < 1} loading={loading} style={{ alignSelf: 'flex-start' }}>
          {t('matchPage.feedback.submit')}
        </Button>
      </Stack>
    </Card>
  );
}

/** After completion each side rates the other once; everyone who sees the match sees what was given. */
export function MatchFeedback({ match, direction }: { match: MatchPageMatch; direction: FeedbackDirection | null }) {
  const { t } = useTranslation();
  const completed = match.status === 'COMPLETED';
  if (!completed && match.feedback.length === 0) return null;
  const canGive = completed && direction !== null && !match.feedback.some((f) => f.direction === direction);
  return (
    <section aria-labelledby="match-feedback">
      <Title order={2} size="h4" id="match-feedback" mb="xs">
        {t('matchPage.feedback.title')}
      </Title>
      <Stack gap="sm">
        {match.feedback.length === 0 && !canGive && (
          <Text size="sm" c="dimmed">
            {t('matchPage.feedback.none')}
          </Text>
        )}
        {match.feedback.map((f) => (
          <Card key={f.id} withBorder padding="sm" component="article" aria-label={t(`matchPage.feedback.direction.${f.direction}`)}>
            <Stack gap={4}>
              <Group justify="space-between" gap="xs">
                <Text size="sm" fw={600}>
                  {t(`matchPage.feedback.direction.${f.direction}`)}
                </Text>
                <Rating value={f.rating} readOnly size="sm" aria-label={t('matchPage.feedback.stars', { count: f.rating })} />
              </Group>
              {f.comment && <Text size="sm">{f.comment}</Text>}
            </Stack>
          </Card>
        ))}
        {canGive && <FeedbackForm matchId={match.id} />}
      </Stack>
    </section>
  );
}
