import { NotificationKind } from '../common/domain/notification-kind.enum';

export type MatchNotificationKind = Exclude<NotificationKind, NotificationKind.INVITATION>;

/** What a match notification talks about; kept on the row too, so a client can render it itself. */
export interface NotificationParams {
  needTitle: string;
  roleTitle: string;
  nonprofitName: string;
  candidateName: string;
  /** Who accepted or declined: the nonprofit's or the candidate's name. */
  who?: string;
  /** ISO date the offer expires. */
  deadline?: string | null;
  hours?: number;
  /** How many messages wait unread in a match's thread. */
  count?: number;
  /** The need a notification about a whole need (not one match) is about. */
  needId?: string;
  /** The partner intermediary in a network that proposed the candidate. */
  partnerName?: string;
  /** Why the employer declined to sign off. */
  reason?: string;
}

export type Locale = 'en' | 'de' | 'ja';

interface Text {
  title: (p: Required<NotificationParams>) => string;
  body: (p: Required<NotificationParams>) => string;
}

const TEXTS: Record<Locale, Record<MatchNotificationKind, Text>> = {
  en: {
    PROPOSAL_NEW: {
      title: (p) => `New proposal: ${p.candidateName} for ${p.roleTitle}`,
      body: (p) => `For “${p.needTitle}” by ${p.nonprofitName}. Please review it and approve or reject it.`,
    },
    OFFER_NEW: {
      title: (p) => `New match: ${p.roleTitle} for “${p.needTitle}”`,
      body: (p) => `${p.nonprofitName} and ${p.candidateName} have been matched. Please accept or decline by ${p.deadline}.`,
    },
    MATCH_ACCEPTED: {
      title: (p) => `${p.who} accepted the match`,
      body: (p) => `For ${p.roleTitle} in “${p.needTitle}”. Now it’s your turn to accept or decline.`,
    },
    MATCH_DECLINED: {
      title: (p) => `The match for ${p.roleTitle} was declined`,
      body: (p) => `${p.who} declined the match for “${p.needTitle}”.`,
    },
    MATCH_CONFIRMED: {
      title: (p) => `It’s a match: ${p.roleTitle} for “${p.needTitle}”`,
      body: (p) => `${p.nonprofitName} and ${p.candidateName} have both accepted. Time to get started!`,
    },
    OFFER_EXPIRING: {
      title: (p) => `Please answer by ${p.deadline}`,
      body: (p) => `The match for ${p.roleTitle} in “${p.needTitle}” expires soon. Please accept or decline.`,
    },
    HOURS_TO_CONFIRM: {
      title: (p) => `${p.candidateName} logged ${p.hours} h`,
      body: (p) => `For ${p.roleTitle} in “${p.needTitle}”. Please confirm or dispute the hours.`,
    },
    MATCH_COMPLETED: {
      title: (p) => `Completed: ${p.roleTitle} for “${p.needTitle}”`,
      body: () => `Thank you! Please take a minute to leave feedback about working together.`,
    },
    NEW_MESSAGE: {
      title: (p) => (p.count === 1 ? `New message about ${p.roleTitle}` : `${p.count} new messages about ${p.roleTitle}`),
      body: (p) => `In the thread of “${p.needTitle}” between ${p.nonprofitName} and ${p.candidateName}. Open it in Rally to read and reply.`,
    },
    // Endings of a match or its need.
    MATCH_REJECTED: {
      title: (p) => `Proposal rejected: ${p.candidateName} for ${p.roleTitle}`,
      body: (p) => `Another curator rejected this proposal for “${p.needTitle}” by ${p.nonprofitName}. It will not be offered.`,
    },
    MATCH_WITHDRAWN: {
      title: (p) => `The match for ${p.roleTitle} was withdrawn`,
      body: (p) => `The match between ${p.nonprofitName} and ${p.candidateName} for “${p.needTitle}” was withdrawn. Nothing more is needed from you.`,
    },
    MATCH_CANCELLED: {
      title: (p) => `The match for ${p.roleTitle} was cancelled`,
      body: (p) => `The match between ${p.nonprofitName} and ${p.candidateName} for “${p.needTitle}” was cancelled.`,
    },
    OFFER_EXPIRED: {
      title: (p) => `The offer for ${p.roleTitle} expired`,
      body: (p) => `Not both sides answered the match for “${p.needTitle}” in time, so it has expired.`,
    },
    NEED_CANCELLED: {
      title: (p) => `“${p.needTitle}” was cancelled`,
      body: (p) => `${p.nonprofitName} cancelled this need. Its open and agreed matches have ended.`,
    },
    INTEREST_RAISED: {
      title: (p) => `${p.candidateName} would like to help as ${p.roleTitle}`,
      body: (p) => `For “${p.needTitle}” by ${p.nonprofitName}. Review the interest in Rally and make an offer or decline it.`,
    },
    NETWORK_PROPOSAL: {
      title: (p) => `${p.partnerName} proposes ${p.candidateName} for ${p.roleTitle}`,
      body: (p) => `A partner in your network proposed a volunteer for “${p.needTitle}” by ${p.nonprofitName}, which you shared. Please approve or reject it.`,
    },
    NETWORK_PROPOSAL_APPROVED: {
      title: (p) => `Your proposal of ${p.candidateName} was approved`,
      body: (p) => `The curators of “${p.needTitle}” by ${p.nonprofitName} approved your proposal for ${p.roleTitle}; it is now offered to both sides.`,
    },
    FOLLOW_UP_ASKED: {
      title: (p) => `Is the work on “${p.needTitle}” still in use?`,
      body: (p) => `A few months ago ${p.candidateName} completed ${p.roleTitle} with ${p.nonprofitName}. Please take a minute to answer one question on the match page.`,
    },
    SIGN_OFF_REQUESTED: {
      title: (p) => `Sign-off requested: ${p.candidateName} for ${p.roleTitle}`,
      body: (p) => `${p.candidateName} and ${p.nonprofitName} agreed on “${p.needTitle}”. Please approve or decline this pro-bono time in Rally.`,
    },
    SIGN_OFF_APPROVED: {
      title: (p) => `Employer approved: ${p.roleTitle} for “${p.needTitle}”`,
      body: (p) => `${p.candidateName}’s employer approved the time. ${p.nonprofitName} and ${p.candidateName} are confirmed. Time to get started!`,
    },
    SIGN_OFF_DECLINED: {
      title: (p) => `Employer declined: ${p.roleTitle} for “${p.needTitle}”`,
      body: (p) => `${p.candidateName}’s employer did not approve the time, so the match has ended. Reason: ${p.reason}`,
    },
  },
  de: {
    PROPOSAL_NEW: {
      title: (p) => `Neuer Vorschlag: ${p.candidateName} für ${p.roleTitle}`,
      body: (p) => `Für „${p.needTitle}“ von ${p.nonprofitName}. Bitte prüfen und freigeben oder ablehnen.`,
    },
    OFFER_NEW: {
      title: (p) => `Neues Match: ${p.roleTitle} für „${p.needTitle}“`,
      body: (p) => `${p.nonprofitName} und ${p.candidateName} wurden zusammengebracht. Bitte bis ${p.deadline} zusagen oder absagen.`,
    },
    MATCH_ACCEPTED: {
      title: (p) => `${p.who} hat zugesagt`,
      body: (p) => `Für ${p.roleTitle} in „${p.needTitle}“. Jetzt sind Sie dran: zusagen oder absagen.`,
    },
    MATCH_DECLINED: {
      title: (p) => `Match für ${p.roleTitle} abgesagt`,
      body: (p) => `${p.who} hat das Match für „${p.needTitle}“ abgesagt.`,
    },
    MATCH_CONFIRMED: {
      title: (p) => `Es passt: ${p.roleTitle} für „${p.needTitle}“`,
      body: (p) => `${p.nonprofitName} und ${p.candidateName} haben beide zugesagt. Jetzt kann es losgehen!`,
    },
    OFFER_EXPIRING: {
      title: (p) => `Bitte bis ${p.deadline} antworten`,
      body: (p) => `Das Match für ${p.roleTitle} in „${p.needTitle}“ läuft bald ab. Bitte zusagen oder absagen.`,
    },
    HOURS_TO_CONFIRM: {
      title: (p) => `${p.candidateName} hat ${p.hours} Std. erfasst`,
      body: (p) => `Für ${p.roleTitle} in „${p.needTitle}“. Bitte bestätigen oder beanstanden.`,
    },
    MATCH_COMPLETED: {
      title: (p) => `Abgeschlossen: ${p.roleTitle} für „${p.needTitle}“`,
      body: () => `Vielen Dank! Bitte nehmen Sie sich kurz Zeit für Feedback zur Zusammenarbeit.`,
    },
    NEW_MESSAGE: {
      title: (p) => (p.count === 1 ? `Neue Nachricht zu ${p.roleTitle}` : `${p.count} neue Nachrichten zu ${p.roleTitle}`),
      body: (p) => `Im Austausch zu „${p.needTitle}“ zwischen ${p.nonprofitName} und ${p.candidateName}. In Rally öffnen, um zu lesen und zu antworten.`,
    },
    // Endings of a match or its need.
    MATCH_REJECTED: {
      title: (p) => `Vorschlag abgelehnt: ${p.candidateName} für ${p.roleTitle}`,
      body: (p) => `Eine andere Kuratorin oder ein anderer Kurator hat diesen Vorschlag für „${p.needTitle}“ von ${p.nonprofitName} abgelehnt. Er wird nicht angeboten.`,
    },
    MATCH_WITHDRAWN: {
      title: (p) => `Das Match für ${p.roleTitle} wurde zurückgezogen`,
      body: (p) => `Das Match zwischen ${p.nonprofitName} und ${p.candidateName} für „${p.needTitle}“ wurde zurückgezogen. Sie müssen nichts weiter tun.`,
    },
    MATCH_CANCELLED: {
      title: (p) => `Das Match für ${p.roleTitle} wurde storniert`,
      body: (p) => `Das Match zwischen ${p.nonprofitName} und ${p.candidateName} für „${p.needTitle}“ wurde storniert.`,
    },
    OFFER_EXPIRED: {
      title: (p) => `Das Angebot für ${p.roleTitle} ist abgelaufen`,
      body: (p) => `Nicht beide Seiten haben rechtzeitig auf das Match für „${p.needTitle}“ geantwortet, daher ist es abgelaufen.`,
    },
    NEED_CANCELLED: {
      title: (p) => `„${p.needTitle}“ wurde abgesagt`,
      body: (p) => `${p.nonprofitName} hat diesen Bedarf abgesagt. Die offenen und vereinbarten Matches sind beendet.`,
    },
    INTEREST_RAISED: {
      title: (p) => `${p.candidateName} möchte als ${p.roleTitle} helfen`,
      body: (p) => `Für „${p.needTitle}“ von ${p.nonprofitName}. Prüfen Sie das Interesse in Rally und machen Sie ein Angebot oder lehnen Sie ab.`,
    },
    NETWORK_PROPOSAL: {
      title: (p) => `${p.partnerName} schlägt ${p.candidateName} für ${p.roleTitle} vor`,
      body: (p) => `Ein Partner in Ihrem Netzwerk hat für den geteilten Bedarf „${p.needTitle}“ von ${p.nonprofitName} eine Person vorgeschlagen. Bitte freigeben oder ablehnen.`,
    },
    NETWORK_PROPOSAL_APPROVED: {
      title: (p) => `Ihr Vorschlag ${p.candidateName} wurde freigegeben`,
      body: (p) => `Die Kuratorinnen und Kuratoren von „${p.needTitle}“ (${p.nonprofitName}) haben Ihren Vorschlag für ${p.roleTitle} freigegeben; er geht jetzt an beide Seiten.`,
    },
    FOLLOW_UP_ASKED: {
      title: (p) => `Wird die Arbeit an „${p.needTitle}“ noch genutzt?`,
      body: (p) =>
        `Vor einigen Monaten hat ${p.candidateName} die Rolle ${p.roleTitle} bei ${p.nonprofitName} abgeschlossen. Bitte beantworten Sie auf der Match-Seite eine kurze Frage.`,
    },
    SIGN_OFF_REQUESTED: {
      title: (p) => `Freigabe erbeten: ${p.candidateName} für ${p.roleTitle}`,
      body: (p) => `${p.candidateName} und ${p.nonprofitName} haben sich auf „${p.needTitle}“ geeinigt. Bitte geben Sie diese Pro-bono-Zeit in Rally frei oder lehnen Sie sie ab.`,
    },
    SIGN_OFF_APPROVED: {
      title: (p) => `Arbeitgeber hat freigegeben: ${p.roleTitle} für „${p.needTitle}“`,
      body: (p) => `Der Arbeitgeber von ${p.candidateName} hat die Zeit freigegeben. ${p.nonprofitName} und ${p.candidateName} sind bestätigt. Jetzt kann es losgehen!`,
    },
    SIGN_OFF_DECLINED: {
      title: (p) => `Arbeitgeber hat abgelehnt: ${p.roleTitle} für „${p.needTitle}“`,
      body: (p) => `Der Arbeitgeber von ${p.candidateName} hat die Zeit nicht freigegeben, daher ist das Match beendet. Grund: ${p.reason}`,
    },
  },
  ja: {
    PROPOSAL_NEW: {
      title: (p) => `新しい提案：${p.roleTitle}に${p.candidateName}`,
      body: (p) => `${p.nonprofitName}の「${p.needTitle}」です。内容を確認し、承認または却下してください。`,
    },
    OFFER_NEW: {
      title: (p) => `新しいマッチ：「${p.needTitle}」の${p.roleTitle}`,
      body: (p) => `${p.nonprofitName}と${p.candidateName}がマッチしました。${p.deadline}までに承諾または辞退してください。`,
    },
    MATCH_ACCEPTED: {
      title: (p) => `${p.who}が承諾しました`,
      body: (p) => `「${p.needTitle}」の${p.roleTitle}について、承諾または辞退をお願いします。`,
    },
    MATCH_DECLINED: {
      title: (p) => `${p.roleTitle}のマッチが辞退されました`,
      body: (p) => `${p.who}が「${p.needTitle}」のマッチを辞退しました。`,
    },
    MATCH_CONFIRMED: {
      title: (p) => `マッチ成立：「${p.needTitle}」の${p.roleTitle}`,
      body: (p) => `${p.nonprofitName}と${p.candidateName}の双方が承諾しました。さっそく始めましょう！`,
    },
    OFFER_EXPIRING: {
      title: (p) => `${p.deadline}までに回答してください`,
      body: (p) => `「${p.needTitle}」の${p.roleTitle}のマッチはまもなく期限切れです。承諾または辞退してください。`,
    },
    HOURS_TO_CONFIRM: {
      title: (p) => `${p.candidateName}が${p.hours}時間を記録しました`,
      body: (p) => `「${p.needTitle}」の${p.roleTitle}について、時間を確認するか異議を申し立ててください。`,
    },
    MATCH_COMPLETED: {
      title: (p) => `完了：「${p.needTitle}」の${p.roleTitle}`,
      body: () => `ありがとうございました！協働についてのフィードバックをお寄せください。`,
    },
    NEW_MESSAGE: {
      title: (p) => `${p.roleTitle}について新しいメッセージが${p.count}件あります`,
      body: (p) => `${p.nonprofitName}と${p.candidateName}の「${p.needTitle}」のスレッドです。Rallyで開いて確認・返信してください。`,
    },
    // Endings of a match or its need.
    MATCH_REJECTED: {
      title: (p) => `提案が却下されました：${p.roleTitle}に${p.candidateName}`,
      body: (p) => `${p.nonprofitName}の「${p.needTitle}」へのこの提案は、別のキュレーターにより却下されました。オファーは送られません。`,
    },
    MATCH_WITHDRAWN: {
      title: (p) => `${p.roleTitle}のマッチが取り下げられました`,
      body: (p) => `「${p.needTitle}」の${p.nonprofitName}と${p.candidateName}のマッチは取り下げられました。対応は不要です。`,
    },
    MATCH_CANCELLED: {
      title: (p) => `${p.roleTitle}のマッチが取り消されました`,
      body: (p) => `「${p.needTitle}」の${p.nonprofitName}と${p.candidateName}のマッチは取り消されました。`,
    },
    OFFER_EXPIRED: {
      title: (p) => `${p.roleTitle}のオファーは期限切れになりました`,
      body: (p) => `「${p.needTitle}」のマッチに期限までに双方の回答がなかったため、期限切れになりました。`,
    },
    NEED_CANCELLED: {
      title: (p) => `「${p.needTitle}」は中止されました`,
      body: (p) => `${p.nonprofitName}がこの募集を中止しました。進行中および合意済みのマッチは終了しました。`,
    },
    INTEREST_RAISED: {
      title: (p) => `${p.candidateName}さんが${p.roleTitle}として協力を希望しています`,
      body: (p) => `${p.nonprofitName}の「${p.needTitle}」です。Rallyで関心表明を確認し、オファーするか辞退してください。`,
    },
    NETWORK_PROPOSAL: {
      title: (p) => `${p.partnerName}が${p.roleTitle}に${p.candidateName}さんを提案しました`,
      body: (p) => `ネットワークのパートナーが、共有した${p.nonprofitName}の「${p.needTitle}」にボランティアを提案しました。承認または却下してください。`,
    },
    NETWORK_PROPOSAL_APPROVED: {
      title: (p) => `${p.candidateName}さんの提案が承認されました`,
      body: (p) => `${p.nonprofitName}の「${p.needTitle}」のキュレーターが${p.roleTitle}への提案を承認し、双方にオファーされました。`,
    },
    FOLLOW_UP_ASKED: {
      title: (p) => `「${p.needTitle}」の成果は今も活用されていますか？`,
      body: (p) => `数か月前、${p.candidateName}さんが${p.nonprofitName}の${p.roleTitle}を完了しました。マッチのページで1つの質問にお答えください。`,
    },
    SIGN_OFF_REQUESTED: {
      title: (p) => `承認依頼：${p.roleTitle}に${p.candidateName}さん`,
      body: (p) => `${p.candidateName}さんと${p.nonprofitName}が「${p.needTitle}」で合意しました。Rallyでこのプロボノ活動時間を承認または却下してください。`,
    },
    SIGN_OFF_APPROVED: {
      title: (p) => `勤務先が承認しました：「${p.needTitle}」の${p.roleTitle}`,
      body: (p) => `${p.candidateName}さんの勤務先が活動時間を承認しました。${p.nonprofitName}と${p.candidateName}さんのマッチが確定しました。さっそく始めましょう！`,
    },
    SIGN_OFF_DECLINED: {
      title: (p) => `勤務先が却下しました：「${p.needTitle}」の${p.roleTitle}`,
      body: (p) => `${p.candidateName}さんの勤務先が活動時間を承認しなかったため、マッチは終了しました。理由：${p.reason}`,
    },
  },
};

const EMAIL_FOOTER: Record<Locale, (url: string) => string> = {
  en: (url) => `Open it in Rally: ${url}\n\nYou can turn off this kind of message in your settings.`,
  de: (url) => `In Rally öffnen: ${url}\n\nDiese Art von Nachricht können Sie in Ihren Einstellungen abschalten.`,
  ja: (url) => `Rallyで開く：${url}\n\nこの種類のお知らせは設定でオフにできます。`,
};

export function toLocale(locale: string): Locale {
  return locale === 'de' || locale === 'ja' ? locale : 'en';
}

function formatDate(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));
}

/** Title and body of a notification in the recipient's language. */
export function renderNotification(kind: MatchNotificationKind, locale: string, params: NotificationParams): { title: string; body: string } {
  const lang = toLocale(locale);
  const full: Required<NotificationParams> = {
    who: '',
    needId: '',
    partnerName: '',
    hours: 0,
    count: 1,
    reason: '',
    ...params,
    deadline: formatDate(params.deadline, lang),
  };
  const text = TEXTS[lang][kind];
  return { title: text.title(full).slice(0, 300), body: text.body(full) };
}

/** What a stored row needs to be rendered again. */
export interface StoredNotification {
  kind: NotificationKind;
  title: string;
  body: string;
  /** Absent from payloads published before params were kept. */
  data?: Record<string, unknown> | null;
}

const hasParams = (data: Record<string, unknown> | null | undefined): data is Record<string, unknown> & NotificationParams =>
  !!data && ['needTitle', 'roleTitle', 'nonprofitName', 'candidateName'].every((key) => typeof data[key] === 'string');

/**
 * A stored notification in the reader's language of now, not of when it was written. Rows without
 * their params (written before params were kept, or kinds rendered elsewhere) keep their stored text.
 */
export function renderStored(row: StoredNotification, locale: string): { title: string; body: string } {
  if (row.kind === NotificationKind.INVITATION || !hasParams(row.data)) return { title: row.title, body: row.body };
  return renderNotification(row.kind, locale, row.data);
}

export function emailFooter(locale: string, url: string): string {
  return EMAIL_FOOTER[toLocale(locale)](url);
}
