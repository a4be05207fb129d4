import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { AnswerFollowUpDocument } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { FollowUpQuestion } from './FollowUpQuestion';

const matchId = '11111111-1111-4111-8111-111111111111';

describe('FollowUpQuestion', () => {
  it('shows nothing before the question is asked', () => {
    renderWithProviders(<FollowUpQuestion matchId={matchId} followUp={null} canAnswer />);
    expect(screen.queryByRole('heading', { name: 'Three months on' })).toBeNull();
  });

  it('lets the nonprofit answer once it is asked, with a trimmed comment', async () => {
    let sent = false;
    renderWithProviders(<FollowUpQuestion matchId={matchId} followUp={{ answer: null, comment: null }} canAnswer />, {
      mocks: [
        {
          request: { query: AnswerFollowUpDocument, variables: { matchId, answer: 'PARTLY', comment: 'Still used' } },
          result: () => (
            (sent = true),
            {
              data: {
                answerFollowUp: { __typename: 'FollowUp', answer: 'PARTLY', comment: 'Still used', askedAt: '2030-01-01T00:00:00.000Z', answeredAt: '2030-01-02T00:00:00.000Z' },
              },
            }
          ),
        },
      ],
    });
    const submit = screen.getByRole('button', { name: 'Send answer' });
    expect(submit).toBeDisabled();
    await userEvent.click(screen.getByRole('radio', { name: 'Partly' }));
    await userEvent.type(screen.getByLabelText('Anything to add? (optional)'), '  Still used  ');
    await userEvent.click(submit);
    await waitFor(() => expect(sent).toBe(true));
  });

  it('shows the answer as text, and only a waiting note to those who cannot answer', () => {
    const html = '<b>kept</b> <img src=x onerror=alert(1)>';
    const { container, unmount } = renderWithProviders(<FollowUpQuestion matchId={matchId} followUp={{ answer: 'YES', comment: html }} canAnswer />, { language: 'de' });
    expect(screen.getByText('Ihre Antwort: Ja')).toBeInTheDocument();
    expect(screen.getByText(`Kommentar: ${html}`)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
    unmount();
    renderWithProviders(<FollowUpQuestion matchId={matchId} followUp={{ answer: null, comment: null }} canAnswer={false} />, { language: 'ja' });
    expect(screen.getByText('団体はまだ回答していません。')).toBeInTheDocument();
    expect(screen.queryByRole('radio')).toBeNull();
  });
});
