import { type MeetingSetting, type MeetingType, meetingSettings, meetingTypes } from './api/meetings';
import { isOneOf } from './one-of';

const isType = isOneOf(meetingTypes);
const isSetting = isOneOf(meetingSettings);

/** Meetings counted by type and by setting from grouped rows: how summaries, purchasers and figures show them. */
export function countMeetings(rows: readonly { type: string; setting: string; n: number }[]) {
  const byType: Partial<Record<MeetingType, number>> = {};
  const bySetting: Partial<Record<MeetingSetting, number>> = {};
  let held = 0;
  for (const r of rows) {
    held += r.n;
    if (isType(r.type)) byType[r.type] = (byType[r.type] ?? 0) + r.n;
    if (isSetting(r.setting)) bySetting[r.setting] = (bySetting[r.setting] ?? 0) + r.n;
  }
  return { held, byType, bySetting };
}
