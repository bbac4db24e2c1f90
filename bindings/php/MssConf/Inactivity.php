<?php
/* Deletion of inactive mailboxes (CNIL): when to warn, when to delete. */
declare(strict_types=1);

namespace MssConf;

/** What is due now: "nothing-due", "warning-due" or "deletion-due". */
final class InactivityResult
{
    /** @param list<Issue> $warnings MSS_WARN_INACTIVITY_WARNING_OUTDATED when the warning is void */
    public function __construct(public readonly string $verdict, public readonly array $warnings)
    {
    }
}

final class Inactivity
{
    /**
     * Whether a warning or a deletion is due for a mailbox. Times are Unix
     * seconds or DateTimeInterface; $warnedAt 0 means never warned; $policy
     * is [max inactive days, notice days] (default [365, 30]).
     * @param ?array{0: int, 1: int} $policy
     * @throws AccountException a time after $now, or a policy outside the CNIL's limits
     */
    public static function check(int|\DateTimeInterface $lastAuth, int|\DateTimeInterface $now,
                                 int|\DateTimeInterface $warnedAt = 0, ?array $policy = null): InactivityResult
    {
        $res = new \mss_result();
        [$code, $verdict] = \mss_inactivity_check(self::seconds($lastAuth), self::seconds($now),
                                                  self::seconds($warnedAt), self::policy($policy), $res);
        ValidationException::throwIfFailed($code, $res);
        return new InactivityResult(\mss_inactivity_verdict_name($verdict), Issue::warningsOf($res));
    }

    /** @internal Unix seconds from an int or a DateTimeInterface */
    public static function seconds(mixed $time): int
    {
        if ($time instanceof \DateTimeInterface) {
            return $time->getTimestamp();
        }
        if (!is_int($time)) {
            throw new \TypeError('a time is Unix seconds (int) or a DateTimeInterface, ' . get_debug_type($time) . ' given');
        }
        return $time;
    }

    /** @internal the C policy for [max days, notice days], or null for the defaults */
    public static function policy(mixed $policy): ?\mss_inactivity_policy
    {
        if ($policy === null) {
            return null;
        }
        if (!is_array($policy) || count($policy) !== 2 || !is_int($policy[0] ?? null) || !is_int($policy[1] ?? null)) {
            throw new \TypeError('a policy is [max inactive days, notice days] as two ints');
        }
        $out = new \mss_inactivity_policy();
        // Out of the C unsigned range: the library's own policy error, not an overflow.
        $out->max_inactive_days = min(max($policy[0], 0), 0xFFFFFFFF);
        $out->notice_days = min(max($policy[1], 0), 0xFFFFFFFF);
        return $out;
    }
}
