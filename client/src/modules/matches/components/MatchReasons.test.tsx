import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { MatchReasonKind } from '../../../generated/graphql';
import { aReason } from '../../../test/matchReasons';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { MatchReasons } from './MatchReasons';

const reasons = [
  aReason(MatchReasonKind.Skill, { skillId: 'fundraising', name: 'Fundraising', level: 5, wanted: 4 }),
  aReason(MatchReasonKind.Skill, { skillId: 'crm', name: 'CRM', level: 2, wanted: 3 }),
  aReason(MatchReasonKind.MissingSkill, { skillId: 'sql', name: 'SQL', wanted: 3 }),
  aReason(MatchReasonKind.Language, { language: 'ja' }),
  aReason(MatchReasonKind.Location, { country: 'JP', sameCountry: false, utcOffsetDiffMinutes: 60 }),
  aReason(MatchReasonKind.Cause, { cause: 'EDUCATION' }),
  aReason(MatchReasonKind.Load, { activeEngagements: 0 }),
];

describe('MatchReasons', () => {
  it('words the engine reasons in English', () => {
    renderWithProviders(<MatchReasons score={0.82} reasons={reasons} breakdown={null} explanation="covers 2 of 3 skills" />);
    expect(screen.getByText('Covers 2 of 3 skills wanted: Fundraising: Expert, CRM: Basic (wanted: Competent)')).toBeInTheDocument();
    expect(screen.getByText('Missing: SQL')).toBeInTheDocument();
    expect(screen.getByText('Speaks Japanese')).toBeInTheDocument();
    expect(screen.getByText('Based in Japan, 1 h time difference')).toBeInTheDocument();
    expect(screen.getByText('Cares about Education')).toBeInTheDocument();
    expect(screen.getByText('No active engagements')).toBeInTheDocument();
    expect(screen.getByText('82%')).toBeInTheDocument();
  });

  it('words them in German too, and falls back to the explanation when nothing is readable', () => {
    const { unmount } = renderWithProviders(<MatchReasons score={0.5} reasons={reasons} breakdown={null} explanation="" />, { language: 'de' });
    expect(screen.getByText('Spricht Japanisch')).toBeInTheDocument();
    expect(screen.getByText('Engagiert sich für Bildung')).toBeInTheDocument();
    unmount();
    renderWithProviders(<MatchReasons score={0.5} reasons={[]} breakdown={null} explanation="covers all 2 skills" />);
    expect(screen.getByText('covers all 2 skills')).toBeInTheDocument();
  });

  it('words a curator`s manual match with the curator`s note', () => {
    renderWithProviders(<MatchReasons score={0} reasons={[aReason(MatchReasonKind.Manual, { note: 'Knows the founders' })]} breakdown={null} explanation="" />);
    expect(screen.getByText('Matched by a curator: Knows the founders')).toBeInTheDocument();
  });

  it('words a funding offer by the amount it covers, in German too, never a budget', () => {
    const funding = [aReason(MatchReasonKind.Funding, { amount: 20000 }), aReason(MatchReasonKind.Funding, { amount: null })];
    const { unmount } = renderWithProviders(<MatchReasons score={0.7} reasons={funding} breakdown={null} explanation="" />);
    expect(screen.getByText('The offer covers the 20,000 asked')).toBeInTheDocument();
    expect(screen.getByText('The offer has budget left')).toBeInTheDocument();
    unmount();
    renderWithProviders(<MatchReasons score={0.7} reasons={funding} breakdown={null} explanation="" />, { language: 'de' });
    expect(screen.getByText('Das Angebot deckt die angefragten 20.000')).toBeInTheDocument();
  });

  it('says the amount in the role’s currency when it is known', () => {
    const funding = [aReason(MatchReasonKind.Funding, { amount: 20000 })];
    const { unmount } = renderWithProviders(<MatchReasons score={0.7} reasons={funding} breakdown={null} explanation="" currency="JPY" />);
    expect(screen.getByText('The offer covers the ¥20,000 asked')).toBeInTheDocument();
    unmount();
    renderWithProviders(<MatchReasons score={0.7} reasons={funding} breakdown={null} explanation="" currency="EUR" />, { language: 'de' });
    expect(screen.getByText(/Das Angebot deckt die angefragten 20\.000\s€/)).toBeInTheDocument();
  });

  it('shows "Chosen by curator" instead of a grey 0% ring for a manual match', () => {
    renderWithProviders(<MatchReasons score={0} manual reasons={[aReason(MatchReasonKind.Manual, { note: 'Knows the founders' })]} breakdown={null} explanation="" />);
    expect(screen.getByText('Chosen by curator')).toBeInTheDocument();
    expect(screen.queryByText('0%')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('0% match')).not.toBeInTheDocument();
  });

  it('keeps the score ring for matches the engine proposed', () => {
    renderWithProviders(<MatchReasons score={0.64} reasons={reasons} breakdown={null} explanation="" />);
    expect(screen.getByText('64%')).toBeInTheDocument();
    expect(screen.queryByText('Chosen by curator')).not.toBeInTheDocument();
  });

  it.each([
    ['en', 'Connected through the same partner organization'],
    ['de', 'Über dieselbe Partnerorganisation verbunden'],
    ['ja', '同じパートナー団体を通じたつながり'],
  ] as const)('says in plain words (%s) that the candidate comes through the same intermediary', (language, text) => {
    renderWithProviders(<MatchReasons score={0.5} reasons={[aReason(MatchReasonKind.Intermediary, { intermediaryId: 'i1' })]} breakdown={null} explanation="" />, { language });
    expect(screen.getByText(text)).toBeInTheDocument();
    expect(screen.queryByText(/intermediary|Vermittlungsorganisation|中間支援/)).not.toBeInTheDocument();
  });
});
