import type { CheckFinding, DataCheck, Disagreement } from './check-findings';

/*
 * What Check data found, in the words of the files it goes out in (the audit report, the list's
 * CSV): English, as HQ's own texts and the reports are written; the screens say it in the user's
 * language from the same fields.
 */

export const CHECK_VERDICT_WORDS: Record<CheckFinding['verdict'], string> = { fails: 'Would fail', passes: 'Passes' };

export const DISAGREEMENT_WORDS: Record<Disagreement, string> = {
  hqFailedDataClean: 'HQ failed it; the data is clean',
  dataErrorHqMissed: 'HQ found no data error; the check does',
};

/** One finding as a line: its verdict, where it and HQ disagree, and what would fail. */
export function findingMessage(finding: CheckFinding): string {
  return [
    CHECK_VERDICT_WORDS[finding.verdict],
    finding.disagreement && `${DISAGREEMENT_WORDS[finding.disagreement]} (HQ: ${finding.hqStatus})`,
    finding.details,
  ].filter(Boolean).join('. ');
}

/** A run as a line: how far it went, what it found, and what it could not judge. */
export function checkRunMessage(run: DataCheck): string {
  return [
    `${run.status}: ${run.processed} of ${run.total} transactions looked at, ${run.checked} orders checked, ${run.wouldFail} would fail, ${run.disagreements} disagree with HQ`,
    ...run.notJudged.map((n) => n.reason),
  ].join('\n');
}
