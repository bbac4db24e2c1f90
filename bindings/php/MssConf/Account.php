<?php
/* Medimail account statuses and transitions. */
declare(strict_types=1);

namespace MssConf;

final class Account
{
    /**
     * The status after an event ("PREINSCRIT" + "FINALISE" → "VALIDE").
     * @param array{password_set?: bool, info_confirmed?: bool, cgu_accepted?: bool,
     *              organisational?: bool, responsible_account_exists?: bool,
     *              last_auth?: int, warned_at?: int, now?: int} $facts
     * @throws AccountException with the first reason of a refusal
     */
    public static function next(string|int $status, string|int $event, array $facts = []): string
    {
        $res = new \mss_result();
        [$code, $next] = \mssb_account_next(self::status($status), self::event($event),
            $facts['password_set'] ?? false, $facts['info_confirmed'] ?? false,
            $facts['cgu_accepted'] ?? false, $facts['organisational'] ?? false,
            $facts['responsible_account_exists'] ?? false, $facts['last_auth'] ?? 0,
            $facts['warned_at'] ?? 0, $facts['now'] ?? 0, $res);
        ValidationException::throwIfFailed($code, $res);
        return \mss_account_status_code($next);
    }

    /** @return list<string> events the table allows from a status */
    public static function allowedEvents(string|int $status): array
    {
        $events = [];
        for ($i = 0; ($event = \mssb_account_allowed_event(self::status($status), $i)) >= 0; $i++) {
            $events[] = \mss_account_event_code($event);
        }
        return $events;
    }

    private static function status(string|int $status): int
    {
        if (is_int($status)) {
            return $status;
        }
        [$code, $value] = \mss_account_status_parse($status, null);
        ValidationException::throwIfFailed($code);
        return $value;
    }

    private static function event(string|int $event): int
    {
        if (is_int($event)) {
            return $event;
        }
        [$code, $value] = \mss_account_event_parse($event, null);
        ValidationException::throwIfFailed($code);
        return $value;
    }
}
