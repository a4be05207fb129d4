import { Badge, type MantineColor } from '@mantine/core';

import { type DomainGroup, useDomainLabel } from '../hooks/useDomainLabel';

const NEED_COLORS: Record<string, MantineColor> = {
  DRAFT: 'gray',
  OPEN: 'blue',
  STAFFED: 'teal',
  IN_PROGRESS: 'indigo',
  COMPLETED: 'green',
  CANCELLED: 'red',
};

const MATCH_COLORS: Record<string, MantineColor> = {
  PROPOSED: 'gray',
  OFFERED: 'blue',
  AWAITING_EMPLOYER: 'grape',
  CONFIRMED: 'teal',
  ACTIVE: 'indigo',
  COMPLETED: 'green',
  REJECTED: 'red',
  DECLINED: 'orange',
  EXPIRED: 'yellow',
  WITHDRAWN: 'gray',
  CANCELLED: 'red',
  EMPLOYER_DECLINED: 'orange',
};

const RUN_COLORS: Record<string, MantineColor> = { QUEUED: 'gray', RUNNING: 'blue', SUCCEEDED: 'green', FAILED: 'red' };
const HOURS_COLORS: Record<string, MantineColor> = { LOGGED: 'blue', CONFIRMED: 'green', DISPUTED: 'orange' };

type Kind = 'need' | 'match' | 'run' | 'hours';

const COLORS: Record<Kind, Record<string, MantineColor>> = {
  need: NEED_COLORS,
  match: MATCH_COLORS,
  run: RUN_COLORS,
  hours: HOURS_COLORS,
};

const GROUPS: Record<Kind, DomainGroup> = { need: 'needStatus', match: 'matchStatus', run: 'runStatus', hours: 'hoursStatus' };

export function StatusBadge({ kind, status }: { kind: Kind; status: string }) {
  const label = useDomainLabel()(GROUPS[kind], status);
  return (
    <Badge color={COLORS[kind][status] ?? 'gray'} variant="light" style={{ flexShrink: 0 }}>
      {label}
    </Badge>
  );
}
