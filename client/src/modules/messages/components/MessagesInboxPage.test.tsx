import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { MessageThreadsDocument, type MessageThreadsQuery } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { MessagesInboxPage } from './MessagesInboxPage';

type Thread = MessageThreadsQuery['messageThreads']['nodes'][number];

const thread = (matchId: string, overrides: Partial<Thread> = {}): Thread => ({
  __typename: 'MessageThread',
  matchId,
  status: 'ACTIVE',
  writable: true,
  needTitle: 'Food bank app',
  roleTitle: 'Developer',
  counterpartName: 'Tafel Nord',
  lastMessageExcerpt: 'See you on Monday',
  lastMessageAt: new Date(Date.now() - 3_600_000).toISOString(),
  unreadCount: 0,
  ...overrides,
});

function threadsMock(nodes: Thread[]): MockLink.MockedResponse {
  return {
    request: { query: MessageThreadsDocument, variables: { first: 20 } },
    result: {
      data: {
        messageThreads: { __typename: 'MessageThreadConnection', nodes, totalCount: nodes.length, pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false } },
      },
    },
  };
}

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

describe('MessagesInboxPage', () => {
  it('lists threads in the order given, linking each to its match page, with unread counts and the last message as text', async () => {
    const hostile = '<img src=x onerror="alert(1)"> hi';
    renderWithProviders(<MessagesInboxPage />, {
      mocks: [
        threadsMock([
          thread(A, { unreadCount: 2, lastMessageExcerpt: hostile }),
          thread(B, { counterpartName: 'Ines', status: 'CANCELLED', writable: false, roleTitle: 'Tester' }),
        ]),
      ],
    });
    const links = await screen.findAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual([`/matches/${A}`, `/matches/${B}`]);
    expect(links[0]).toHaveAccessibleName('Open the conversation about Developer for “Food bank app”');
    expect(screen.getByText('With Tafel Nord')).toBeInTheDocument();
    expect(screen.getByText('2 unread messages')).toBeInTheDocument();
    expect(screen.getByText(hostile)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText(/Tester · Food bank app · Ended · read only/)).toBeInTheDocument();
  });

  it('says when there are no conversations yet, in German', async () => {
    renderWithProviders(<MessagesInboxPage />, { mocks: [threadsMock([])], language: 'de' });
    expect(await screen.findByText('Noch keine Unterhaltungen')).toBeInTheDocument();
  });

  it('shows the error state with a retry when the list cannot load, in Japanese', async () => {
    renderWithProviders(<MessagesInboxPage />, { mocks: [{ request: { query: MessageThreadsDocument, variables: { first: 20 } }, error: new Error('offline') }], language: 'ja' });
    expect(await screen.findByRole('button', { name: /再/ })).toBeInTheDocument();
  });

  it('names a thread without messages', async () => {
    renderWithProviders(<MessagesInboxPage />, { mocks: [threadsMock([thread(A, { lastMessageExcerpt: null, lastMessageAt: null })])] });
    expect(await screen.findByText('No messages yet')).toBeInTheDocument();
  });
});
