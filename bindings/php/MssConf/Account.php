<?php
/* Medimail account statuses, events and transitions. */
declare(strict_types=1);

namespace MssConf;

final class Account
{
    /** Facts Account::next() reads, and their defaults (nothing known). */
    private const FACTS = [
        'password_set' => false, 'info_confirmed' => false, 'cgu_accepted' => false,
        'bal_type' => 'PER', 'responsible_account_exists' => false, 'enrol_rules' => null,
        'candidate' => [], 'last_auth' => 0, 'warned_at' => 0, 'now' => 0, 'inactivity_policy' => null,
    ];

    /** Conditions of the transition table, named after the facts that satisfy them. */
    private const CONDITIONS = [
        \MSS_COND_PASSWORD_SET => 'password_set', \MSS_COND_INFO_CONFIRMED => 'info_confirmed',
        \MSS_COND_CGU_ACCEPTED => 'cgu_accepted', \MSS_COND_ENROLMENT_MATCH => 'enrol_rules',
        \MSS_COND_ORG_RESPONSIBLE => 'responsible_account_exists',
        \MSS_COND_INACTIVITY_DELETION => 'inactivity',
    ];

    /**
     * The status after an event ("PREINSCRIT" + "finalise" → "VALIDE").
     *
     * Facts: password_set, info_confirmed, cgu_accepted (all three needed
     * to enter VALIDE); bal_type and responsible_account_exists (an ORG box
     * needs its responsible person's account); enrol_rules (EnrolRules) and
     * candidate (['address', 'postal_code', 'profession_code', 'category'])
     * for self-enrolment; last_auth, warned_at, now (Unix seconds or
     * DateTimeInterface) and inactivity_policy ([max days, notice days]) for
     * inactivity deletion.
     *
     * @param array<string, mixed> $facts
     * @throws AccountException with getReasons() listing every missing fact
     * @throws \ValueError for an unknown fact
     */
    public static function next(string|int $status, string|int $event, array $facts = []): string
    {
        $unknown = array_diff_key($facts, self::FACTS);
        if ($unknown !== []) {
            throw new \ValueError('unknown account fact(s): ' . implode(', ', array_keys($unknown)));
        }
        $f = $facts + self::FACTS;
        $rules = $f['enrol_rules'];
        if ($rules !== null && !$rules instanceof EnrolRules) {
            throw new \TypeError('enrol_rules must be a MssConf\EnrolRules or null, ' . get_debug_type($rules) . ' given');
        }
        $res = new \mss_result();
        [$code, $next] = \mssb_account_next(self::status($status), self::event($event),
            (bool)$f['password_set'], (bool)$f['info_confirmed'], (bool)$f['cgu_accepted'],
            Address::type($f['bal_type']), (bool)$f['responsible_account_exists'], $rules?->handle,
            ...[...EnrolRules::candidateArgs($f['candidate']),
                Inactivity::seconds($f['last_auth']), Inactivity::seconds($f['warned_at']),
                Inactivity::seconds($f['now']), Inactivity::policy($f['inactivity_policy']), $res]);
        ValidationException::throwIfFailed($code, $res);
        return \mss_account_status_code($next);
    }

    /** @return list<string> events the table allows from a status (their facts may still refuse them) */
    public static function allowedEvents(string|int $status): array
    {
        $current = self::status($status);
        $events = [];
        for ($i = 0; ($event = \mssb_account_allowed_event($current, $i)) >= 0; $i++) {
            $events[] = \mss_account_event_code($event);
        }
        return $events;
    }

    /** @return list<string> status codes, "NONE" (no account yet) first */
    public static function statuses(): array
    {
        return array_map('mss_account_status_code', range(0, \MSS_ACCOUNT_STATUS_COUNT - 1));
    }

    /** @return list<string> event codes */
    public static function events(): array
    {
        return array_map('mss_account_event_code', range(0, \MSS_ACCOUNT_EVENT_COUNT - 1));
    }

    /** @return list<array{from: string, event: string, to: string, conditions: list<string>}>
     *  the transition table, conditions named after next()'s facts */
    public static function transitions(): array
    {
        $rows = [];
        for ($i = 0, $n = \mss_account_transition_count(); $i < $n; $i++) {
            $row = new \mss_account_transition();
            ValidationException::throwIfFailed(\mss_account_transition_at($i, $row));
            $conditions = [];
            foreach (self::CONDITIONS as $flag => $name) {
                if ($row->conditions & $flag) {
                    $conditions[] = $name;
                }
            }
            $rows[] = ['from' => \mss_account_status_code($row->from), 'event' => \mss_account_event_code($row->event),
                       'to' => \mss_account_status_code($row->to), 'conditions' => $conditions];
        }
        return $rows;
    }

    /** Whether no event leaves the status (REFUSE, SUPPRIME). */
    public static function isTerminal(string|int $status): bool
    {
        return \mss_account_status_is_terminal(self::status($status));
    }

    /** The label Medimail shows ("A VALIDER", "(aucun)"). */
    public static function statusLabel(string|int $status): string
    {
        return \mss_account_status_label(self::status($status));
    }

    /** French name of an event ("finalisation"). */
    public static function eventLabel(string|int $event): string
    {
        return \mss_account_event_label(self::event($event));
    }

    /** The MSS_STATUS_* constant of a status code or label ("à valider", "Préinscrit"). */
    public static function status(string|int $status): int
    {
        if (is_int($status)) {
            if ($status < 0 || $status >= \MSS_ACCOUNT_STATUS_COUNT) {
                throw ValidationException::forCode(\MSS_ERR_ACCOUNT_STATUS_UNKNOWN);
            }
            return $status;
        }
        $res = new \mss_result();
        [$code, $value] = \mss_account_status_parse($status, $res);
        ValidationException::throwIfFailed($code, $res);
        return $value;
    }

    /** The MSS_EVENT_* constant of an event code or name ("finalize", "auto-inscription"). */
    public static function event(string|int $event): int
    {
        if (is_int($event)) {
            if ($event < 0 || $event >= \MSS_ACCOUNT_EVENT_COUNT) {
                throw ValidationException::forCode(\MSS_ERR_ACCOUNT_EVENT_UNKNOWN);
            }
            return $event;
        }
        $res = new \mss_result();
        [$code, $value] = \mss_account_event_parse($event, $res);
        ValidationException::throwIfFailed($code, $res);
        return $value;
    }
}
