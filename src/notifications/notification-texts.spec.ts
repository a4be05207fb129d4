import { NotificationKind } from '../common/domain/notification-kind.enum';
import { emailFooter, MatchNotificationKind, renderNotification, renderStored } from './notification-texts';

const KINDS = Object.values(NotificationKind).filter((k): k is MatchNotificationKind => k !== NotificationKind.INVITATION);
const params = {
  needTitle: 'Website relaunch',
  roleTitle: 'Web developer',
  nonprofitName: 'Tafel Nord',
  candidateName: 'Vera',
  who: 'Vera',
  deadline: '2025-03-14T10:00:00.000Z',
  hours: 4.5,
};

describe('notification texts', () => {
  it.each(['en', 'de', 'ja'])('has a short title and a body for every kind in %s, with nothing left unfilled', (locale) => {
    for (const kind of KINDS) {
      const { title, body } = renderNotification(kind, locale, params);
      expect(title.length).toBeGreaterThan(5);
      expect(title.length).toBeLessThanOrEqual(300);
      expect(body.length).toBeGreaterThan(5);
      expect(`${title} ${body}`).not.toMatch(/undefined|null|NaN|\$\{/);
    }
  });

  it('writes dates the way each language does', () => {
    expect(renderNotification(NotificationKind.OFFER_EXPIRING, 'en', params).title).toBe('Please answer by Mar 14, 2025');
    expect(renderNotification(NotificationKind.OFFER_EXPIRING, 'de', params).title).toBe('Bitte bis 14.03.2025 antworten');
    expect(renderNotification(NotificationKind.OFFER_EXPIRING, 'ja', params).title).toBe('2025/03/14までに回答してください');
  });

  it('counts the unread messages of a digest in every language', () => {
    expect(renderNotification(NotificationKind.NEW_MESSAGE, 'en', { ...params, count: 1 }).title).toBe('New message about Web developer');
    expect(renderNotification(NotificationKind.NEW_MESSAGE, 'en', { ...params, count: 3 }).title).toBe('3 new messages about Web developer');
    expect(renderNotification(NotificationKind.NEW_MESSAGE, 'de', { ...params, count: 3 }).title).toBe('3 neue Nachrichten zu Web developer');
    expect(renderNotification(NotificationKind.NEW_MESSAGE, 'ja', { ...params, count: 3 }).title).toContain('3件');
  });

  it('falls back to English for a language Rally does not speak', () => {
    expect(renderNotification(NotificationKind.MATCH_CONFIRMED, 'fr', params)).toEqual(renderNotification(NotificationKind.MATCH_CONFIRMED, 'en', params));
    expect(emailFooter('fr', 'http://x')).toBe(emailFooter('en', 'http://x'));
  });

  it('renders a stored row anew in the language asked for, and keeps the stored text of rows without params', () => {
    const row = { kind: NotificationKind.MATCH_CANCELLED, title: 'stored', body: 'stored body', data: { ...params } };
    expect(renderStored(row, 'de').title).toBe('Das Match für Web developer wurde storniert');
    expect(renderStored(row, 'ja').title).toBe('Web developerのマッチが取り消されました');
    expect(renderStored({ ...row, data: { needTitle: 'only one' } }, 'de')).toEqual({ title: 'stored', body: 'stored body' });
    expect(renderStored({ ...row, kind: NotificationKind.INVITATION }, 'de')).toEqual({ title: 'stored', body: 'stored body' });
  });
});
