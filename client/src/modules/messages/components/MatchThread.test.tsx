import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import {
  MarkMessagesReadDocument,
  MatchThreadDocument,
  MessageAddedDocument,
  type MessageFieldsFragment,
  PostMessageDocument,
  UnreadMessageCountDocument,
} from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { MatchThread } from './MatchThread';

const matchId = '11111111-1111-4111-8111-111111111111';

const message = (id: string, name: string, body: string, createdAt = '2027-01-12T18:00:00.000Z'): MessageFieldsFragment => ({
  __typename: 'Message',
  id,
  matchId,
  body,
  createdAt,
  author: { __typename: 'MessageAuthor', id: `u-${name}`, name },
});

function threadMock(status: string, nodes: MessageFieldsFragment[]): MockLink.MockedResponse {
  return {
    request: { query: MatchThreadDocument, variables: { matchId, first: 50 } },
    result: {
      data: {
        match: { __typename: 'Match', id: matchId, status },
        matchMessages: { __typename: 'MessageConnection', nodes, totalCount: nodes.length, pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false } },
      },
    },
    maxUsageCount: 5,
  };
}

function markReadMock(): MockLink.MockedResponse & { calls: number } {
  const mock = {
    calls: 0,
    request: { query: MarkMessagesReadDocument, variables: { matchId } },
    result: () => {
      mock.calls += 1;
      return { data: { markMessagesRead: 1 } };
    },
    maxUsageCount: 20,
  };
  return mock;
}

const unreadMock: MockLink.MockedResponse = { request: { query: UnreadMessageCountDocument }, result: { data: { unreadMessageCount: 0 } }, maxUsageCount: 20 };

function quietSubscription(): MockLink.MockedResponse {
  return { request: { query: MessageAddedDocument, variables: { matchId } }, result: { data: null }, delay: Infinity };
}

const HOSTILE = '<b>bold?</b> <img src=x onerror="alert(1)">';

describe('MatchThread', () => {
  it('renders the messages as plain text, newest last, keeping line breaks, and marks the thread read', async () => {
    const markRead = markReadMock();
    renderWithProviders(<MatchThread matchId={matchId} />, {
      mocks: [
        threadMock('CONFIRMED', [message('m1', 'Nora Nonprofit', 'Hello Vera,\nwelcome aboard!'), message('m2', 'Vera Volunteer', HOSTILE, '2027-01-12T18:05:00.000Z')]),
        markRead,
        unreadMock,
        quietSubscription(),
      ],
    });
    const list = await screen.findByRole('list', { name: 'Messages of this match' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Nora Nonprofit');
    expect(within(items[0]).getByText(/Hello Vera,/).textContent).toBe('Hello Vera,\nwelcome aboard!');
    // Markup arrives as text: shown literally, never turned into elements.
    expect(within(items[1]).getByText(HOSTILE)).toBeInTheDocument();
    expect(items[1].querySelector('img, b')).toBeNull();
    await waitFor(() => expect(markRead.calls).toBeGreaterThan(0));
  });

  it('posts a trimmed message from the composer and shows it in the thread', async () => {
    const user = userEvent.setup({ delay: null });
    const posted = message('m9', 'Vera Volunteer', 'See you on Monday!\nBest, Vera', '2027-01-12T19:00:00.000Z');
    renderWithProviders(<MatchThread matchId={matchId} />, {
      mocks: [
        threadMock('ACTIVE', []),
        markReadMock(),
        unreadMock,
        quietSubscription(),
        { request: { query: PostMessageDocument, variables: { matchId, body: 'See you on Monday!\nBest, Vera' } }, result: { data: { postMessage: posted } } },
      ],
    });
    expect(await screen.findByText('No messages yet. Say hello to get started.')).toBeInTheDocument();
    const send = screen.getByRole('button', { name: 'Send' });
    expect(send).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'Your message' }), '  See you on Monday!{Shift>}{Enter}{/Shift}Best, Vera  ');
    await user.click(send);
    const list = await screen.findByRole('list', { name: 'Messages of this match' });
    expect(within(list).getByText(/See you on Monday!/).textContent).toBe('See you on Monday!\nBest, Vera');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Your message' })).toHaveValue(''));
  });

  it('shows a read-only note and no composer once the match has ended', async () => {
    renderWithProviders(<MatchThread matchId={matchId} />, {
      mocks: [threadMock('COMPLETED', [message('m1', 'Nora Nonprofit', 'Thank you for everything!')]), markReadMock(), unreadMock, quietSubscription()],
    });
    expect(await screen.findByText('This conversation has ended')).toBeInTheDocument();
    expect(screen.getByText('Thank you for everything!')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Your message' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send' })).not.toBeInTheDocument();
  });

  it('adds a message pushed by the subscription, in German too', async () => {
    renderWithProviders(<MatchThread matchId={matchId} />, {
      language: 'de',
      mocks: [
        threadMock('OFFERED', []),
        markReadMock(),
        unreadMock,
        { request: { query: MessageAddedDocument, variables: { matchId } }, result: { data: { messageAdded: message('m5', 'Nora Nonprofit', 'Live!') } }, delay: 20 },
      ],
    });
    expect(await screen.findByText('Live!')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Ihre Nachricht' })).toBeInTheDocument();
  });
});
