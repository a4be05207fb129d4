import { Alert, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconLock, IconSend } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormatters } from '../../i18n/hooks/useFormatters';
import { QueryState } from '../../ui/components/QueryState';
import { useNotifyError } from '../../ui/hooks/useNotifyError';
import { useMatchThread, WRITABLE_STATUSES } from '../hooks/useMatchThread';

export const MAX_MESSAGE_LENGTH = 4000;

/** The message thread of a match between its two sides and its curators: messages as plain text, a composer while the match is live. */
export function MatchThread({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const notifyError = useNotifyError();
  const thread = useMatchThread(matchId);
  const [draft, setDraft] = useState('');
  const writable = thread.status !== null && WRITABLE_STATUSES.includes(thread.status);
  const trimmed = draft.trim();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!trimmed || trimmed.length > MAX_MESSAGE_LENGTH) return;
    try {
      if (await thread.post(trimmed)) setDraft('');
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <Stack gap="md">
      <QueryState loading={thread.loading} error={thread.error} onRetry={thread.refetch}>
        {thread.hasOlder && (
          <Button variant="subtle" onClick={thread.loadOlder}>
            {t('messages.loadOlder')}
          </Button>
        )}
        {thread.messages.length === 0 ? (
          <Text c="dimmed">{t('messages.empty')}</Text>
        ) : (
          <Stack component="ol" gap="sm" aria-label={t('messages.threadLabel')} style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-live="polite">
            {thread.messages.map((message) => (
              <Card component="li" key={message.id} withBorder padding="sm">
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text fw={600} size="sm">
                    {message.author?.name ?? t('messages.formerMember')}
                  </Text>
                  <Text size="xs" c="dimmed" component="time" dateTime={message.createdAt} title={format.dateTime(message.createdAt)}>
                    {format.relative(message.createdAt)}
                  </Text>
                </Group>
                {/* Plain text: React escapes it, and pre-wrap keeps the line breaks. */}
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {message.body}
                </Text>
              </Card>
            ))}
          </Stack>
        )}
        {thread.status !== null &&
          (writable ? (
            <form onSubmit={(event) => void submit(event)}>
              <Stack gap="xs">
                <Textarea
                  label={t('messages.composerLabel')}
                  placeholder={t('messages.composerPlaceholder')}
                  value={draft}
                  onChange={(event) => setDraft(event.currentTarget.value)}
                  autosize
                  minRows={2}
                  maxRows={10}
                  error={trimmed.length > MAX_MESSAGE_LENGTH ? t('messages.tooLong', { max: MAX_MESSAGE_LENGTH }) : undefined}
                />
                <Group justify="flex-end">
                  <Button type="submit" leftSection={<IconSend size={16} aria-hidden />} loading={thread.posting} disabled={!trimmed || trimmed.length > MAX_MESSAGE_LENGTH}>
                    {t('messages.send')}
                  </Button>
                </Group>
              </Stack>
            </form>
          ) : (
            <Alert icon={<IconLock size={16} aria-hidden />} color="gray" title={t('messages.readOnlyTitle')}>
              {t('messages.readOnlyBody')}
            </Alert>
          ))}
      </QueryState>
    </Stack>
  );
}
